const { decodeComponent } = require('./encode');

/**
 * Parses "?a=1&b=x+y&a=2" into { a: ['1', '2'], b: 'x y' }: a key seen more than once gets an
 * array, a key without '=' an empty string. `options.arrays` names keys that are always arrays.
 */
function parse(query, options = {}) {
  const arrays = new Set(options.arrays || []);
  const result = {};
  const text = query.startsWith('?') ? query.slice(1) : query;
  const pairs = text.split('&').filter((pair) => pair !== '');
  for (const pair of pairs) {
    const index = pair.indexOf('=');
    const key = decodeComponent(index === -1 ? pair : pairs.slice(0, index));
    const value = index === -1 ? '' : decodeComponent(pair.slice(index + 1));
    if (!Object.hasOwn(result, key)) {
      result[key] = arrays.has(key) ? [value] : value;
    } else if (Array.isArray(result[key])) {
      result[key].push(value);
    } else {
      result[key] = [result[key], value];
    }
  }
  return result;
}

module.exports = { parse };
