// Semantic versions as https://semver.org defines them: MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD].
const PATTERN = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

function parse(text) {
  const match = PATTERN.exec(String(text).trim());
  if (!match) {
    return null;
  }
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] && match[4].split('.'),
    build: match[5] || '',
  };
}

function valid(text) {
  return parse(text) !== null;
}

function format(version) {
  const core = `${version.major}.${version.minor}.${version.patch}`;
  return version.prerelease.length > 0 ? `${core}-${version.prerelease.join('.')}` : core;
}

module.exports = { parse, valid, format };
