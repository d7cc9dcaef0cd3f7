const { encodeComponent } = require('./encoding');
const { parse } = require('./parse');

/**
 * The inverse of parse: arrays become repeated keys, null and undefined are left out, and
 * `options.sort` orders the keys (for stable cache keys and signatures).
 */
function stringify(params, options = {}) {
  const keys = Object.keys(params);
  if (options.sort) {
    keys.sort();
  }
  let parts = [];
  for (const key of keys) {
    const value = params[key];
    if (value === undefined || value === null) {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      parts.push(`${encodeComponent(key)}=${encodeComponent(item)}`);
    }
  }
  return parts.join('&');
}

/** Adds or replaces parameters of a URL, keeping its other parameters and its fragment. */
function withParams(url, params) {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const rest = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const current = queryAt === -1 ? {} : parse(rest.slice(queryAt + 1));
  const query = stringify({ ...current, ...params });
  return `${path}${query ? `?${query}` : ''}${hash}`;
}

module.exports = { stringify, withParams };
