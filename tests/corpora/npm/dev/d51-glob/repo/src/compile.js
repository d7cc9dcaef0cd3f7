import { expandBraces } from './braces.js';

const SPECIAL = /[.+^$()|\\/]/g;
const TOKEN = /\*\*\/|\*\*|\*|\?|\[[^\]]*\]|[^*?[]+|\[/g;

function translate(token, dot) {
  const hidden = dot ? '' : '(?!\\.)';
  if (token === '**/') {
    return `(?:${hidden}[^/]*/)*`;
  }
  if (token === '**') {
    return `(?:${hidden}[^/]*(?:/|$))*`;
  }
  if (token === '*') {
    return `${hidden}.*`;
  }
  if (token === '?') {
    return '[^/]';
  }
  if (token === '[') {
    throw new SyntaxError("a '[' that is never closed can't be matched");
  }
  if (token.startsWith('[')) {
    const body = token.slice(1, -1);
    return body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`;
  }
  return token.replace(SPECIAL, '\\$&');
}

// One pattern (no braces) to the source of a regular expression over a whole path.
function compileOne(pattern, dot) {
  let source = '';
  let match;
  TOKEN.lastIndex = 0;
  while (match = TOKEN.exec(pattern)) {
    source += translate(match[0], dot);
  }
  return source;
}

// A glob to a matcher: '!' in front negates it; { dot: true } lets wildcards match names that start with '.'.
export function compile(pattern, { dot = false } = {}) {
  if (typeof pattern !== 'string' || pattern === '' || pattern === '!') {
    throw new TypeError('a pattern can't be empty');
  }
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const sources = expandBraces(body).map((one) => compileOne(one, dot));
  return { pattern, negated, regex: new RegExp(`^(?:${sources.join('|')})$`) };
}
