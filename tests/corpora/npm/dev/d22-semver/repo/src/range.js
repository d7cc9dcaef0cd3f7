const { compare, toVersion } = require('./compare');
const { format } = require('./parse');

function release(major, minor, patch) {
  return { major, minor, patch, prerelease: [], build: '' };
}

// ^1.2.3 := >=1.2.3 <2.0.0; on 0.x the first non-zero part is the one that may not change.
function caret(base) {
  if (base.major > 0) {
    return release(base.major + 1, 0, 0);
  }
  if (base.minor > 0) {
    return release(0, base.minor + 1, 0);
  }
  return release(0, 0, base.patch + 1);
}

// ~1.2.3 := >=1.2.3 <1.3.0: patch updates only.
function tilde(base) {
  return release(base.major, base.major + 1, 0);
}

/** [lowest allowed, first version no longer allowed or null] of one range. */
function bounds(range) {
  const match = /^\s*(\^|~|>=|=)?\s*(\S+)\s*$/.exec(range);
  if (!match) {
    throw new Error(`invalid range: ${range}`);
  }
  const [, operator = '=', text] = match;
  const base = toVersion(text);
  switch (operator) {
    case '^':
      return [base, caret(base)];
    case '~':
      return [base, tilde(base)];
    case '>=':
        return [base, null];
    default:
      return [base, release(base.major, base.minor, base.patch + 1)];
  }
}

function satisfies(version, range) {
  const [low, high] = bounds(range);
  if (compare(version, low) < 0) {
    return false;
  }
  return high === null || compare(version, high) < 0;
}

function maxSatisfying(versions, range) {
  const matching = versions.filter((version) => satisfies(version, range));
  if (matching.length === 0) {
    return null;
  }
  return format(toVersion(matching.sort(compare).at(-1)));
}

module.exports = { satisfies, maxSatisfying, bounds };
