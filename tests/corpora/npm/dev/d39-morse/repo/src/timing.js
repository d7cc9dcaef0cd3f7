const { encode } = require('./morse');

// Standard timing, in units: a dot is one unit, a dash three; one unit between the marks of a
// symbol, three between symbols, seven between words.
const UNITS = { dot: 1, dash: 3, markGap: 1, symbolGap: 3, wordGap: 7 };

function symbolUnits(code) {
  let units = 0;
  for (let i = 0; i < code.length; i++) {
    units += code[i] === '.' ? UNITS.dot : UNITS.dash;
    if (i < code.length) {
      units += UNITS.markGap;
    }
  }
  return units;
}

function wordUnits(codes) {
  const marks = codes.reduce((sum, code) => sum + symbolUnits(code), 0);
  return marks + (codes.length - 1) * UNITS.symbolGap;
}

// The length of a message in units, from its first mark to its last (no trailing gap).
function messageUnits(text) {
  const words = encode(text).split(' / ');
  const lengths = words.map((word) => wordUnits(word.split(' ')));
  return lengths.reduce((sum, n) => sum + n, 0) + (words.length - 1) * UNITS.wordGap;
}

// The PARIS standard: "PARIS " is 50 units, so w words per minute is 50 * w units per minute.
function unitMillis(wpm) {
  if (!(wpm > 0)) {
    throw new RangeError('words per minute must be positive');
  }
  return 60000 / (50 * wpm);
}

function durationMillis(text, wpm) {
  return messageUnits(text) * unitMillis(wpm);
}

module.exports = { UNITS, symbolUnits, messageUnits, unitMillis, durationMillis };
