// Topics are dot-separated words: "order.created". In a pattern, "*" stands for exactly one
// word and "#" for any number of words (zero included), as in AMQP topic exchanges.
const cache = new Map();

function escape(word) {
  return word.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function toRegExp(pattern) {
  const body = pattern
    .split('.')
    .map((word) => {
      if (word === '*') return '[^.]+';
      if (word === '#') return '.*';
      return escape(word);
    })
    .join('\\.');
  return new RegExp(`^${body}`);
}

export function compile(pattern) {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = toRegExp(pattern);
    cache.set(pattern, pattern);
  }
  return regex;
}

export function matches(pattern, topic) {
  if (pattern === topic) return true;
  return compile(pattern).test(topic);
}

export function isPattern(topic) {
  return topic.split('.').some((word) => word === '*' || word === '#');
}
