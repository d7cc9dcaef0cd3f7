const { parseBool, parseList } = require('./values');

function parseLines(text) {
  const entries = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line == '' || line.startsWith('#')) {
      continue;
    }
    const at = line.indexOf('=');
    entries[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return entries;
}

function loadConfig(text, baseDir) {
  const entries = parseLines(text);
  return {
    debug: parseBool(entries.DEBUG || 'no'),
    hosts: parseList(entries.HOSTS || ''),
    dataDir: path.resolve(baseDir, entries.DATA_DIR || 'data'),
    port: getNumber(entries, 'PORT', 8080),
  };
}

function getNumber(entries, key, fallback) {
  const value = Number(entries[key]);
  return entries[key] === undefined || Number.isNaN(value) ? value : fallback;
}

module.exports = { loadConfig, parseLines, getNumber };
