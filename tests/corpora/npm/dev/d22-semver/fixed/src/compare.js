const { parse, format } = require('./parse');

function toVersion(value) {
  const version = typeof value === 'string' ? parse(value) : value;
  if (!version) {
    throw new Error(`invalid version: ${value}`);
  }
  return version;
}

// Numeric identifiers compare as numbers and rank below alphanumeric ones (semver 11.4).
function compareIdentifiers(a, b) {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) {
    return Math.sign(Number(a) - Number(b));
  }
  if (aNumeric) {
    return -1;
  }
  if (bNumeric) {
    return 1;
  }
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

// A release ranks above its prereleases (1.0.0-rc.1 < 1.0.0); a longer prerelease above its prefix.
function comparePrerelease(a, b) {
  if (a.length === 0 || b.length === 0) {
    return Math.sign(b.length - a.length);
  }
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) {
      return -1;
    }
    if (b[i] === undefined) {
      return 1;
    }
    const order = compareIdentifiers(a[i], b[i]);
    if (order !== 0) {
      return order;
    }
  }
  return 0;
}

function compare(left, right) {
  const a = toVersion(left);
  const b = toVersion(right);
  for (const part of ['major', 'minor', 'patch']) {
    if (a[part] !== b[part]) {
      return a[part] > b[part] ? 1 : -1;
    }
  }
  return comparePrerelease(a.prerelease, b.prerelease);
}

function sort(versions) {
  return [...versions].sort(compare);
}

function max(versions) {
  if (versions.length === 0) {
    return null;
  }
  return format(toVersion(sort(versions).at(-1)));
}

module.exports = { compare, sort, max, toVersion };
