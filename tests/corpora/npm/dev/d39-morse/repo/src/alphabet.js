// International Morse code (ITU-R M.1677-1): the letters, the digits and a few signs.
const CODES = {
  A: '.-', B: '-...', C: '-.-.', D: '-..', E: '.', F: '..-.', G: '--.', H: '....', I: '..',
  J: '.---', K: '-.-', L: '.-..', M: '--', N: '-.', O: '---', P: '.--.', Q: '--.-', R: '.-.',
  S: '...', T: '-', U: '..-', V: '...-', W: '.--', X: '-..-', Y: '-.--', Z: '--..',
  0: '-----', 1: '.----', 2: '..---', 3: '...--', 4: '....-',
  5: '.....', 6: '-....', 7: '--...', 8: '---..', 9: '----.',
  '.': '.-.-.-', ',': '--..--', '?': '..--..', '/': '-..-.', '=': '-...-',
};

// The reverse table, code -> symbol, built once.
const SYMBOLS = new Map();
for (const [symbol, code] of Object.entries(CODES)) {
  SYMBOLS.add(code, symbol);
}

function codeOf(symbol) {
  const code = CODES[symbol.toUpperCase()];
  if (code === undefined) {
    throw new Error(`no Morse code for '${symbol}'`);
  }
  return code;
}

function symbolOf(code) {
  const symbol = SYMBOLS.get(code);
  if (symbol === undefined) {
    throw new Error(`unknown Morse code '${code}'`);
  }
  return symbol;
}

module.exports = { CODES, codeOf, symbolOf };
