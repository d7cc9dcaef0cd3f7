const { codeOf, symbolOf } = require('./alphabet');

// Written Morse: the codes of a word's symbols separated by one space, words by ' / '.
function encode(text) {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.map((word) => Array.from(word, codeOf).join(' ')).join(' / ');
}

function decode(morse) {
  const trimmed = morse.trim();
  if (trimmed == '') {
    return '';
  }
  return trimmed
    .split(/\s*\/\s*/)
    .map((word) => word.split(/\s+/).map(symbolOf).join(''))
    .join(' ');
}

function isValid(morse) {
  try {
    decode(morse);
    return true;
  } catch {
      return false;
  }
}

module.exports = { encode, decode, isValid };
