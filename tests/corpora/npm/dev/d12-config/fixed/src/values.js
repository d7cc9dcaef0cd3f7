const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);

function parseBool(text) {
  return TRUE_WORDS.has(text.trim().toLowerCase());
}

function parseList(text) {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

module.exports = { parseBool, parseList };
