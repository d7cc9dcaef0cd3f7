const { SYMBOLS, VALUES } = require('./numerals');

const MAX = 3999;

function toRoman(number) {
  if (!Number.isInteger(number) || number < 1 || number > MAX) {
    throw new RangeError(`cannot write ${number} in Roman numerals`);
  }
  let rest = number;
  let out = '';
  for (const [symbol, value] of SYMBOLS) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

function fromRoman(text) {
  const letters = text.trim().toUpperCase().split('');
  if (letters.length === 0) {
    throw new Error('empty numeral');
  }
  let total = 0;
  for (let i = 0; i < letters.length; i += 1) {
    const current = VALUES[letters[i]];
    if (current === undefined) {
      throw new Error(`not a Roman digit: ${letters[i]}`);
    }
    const next = VALUES[letters[i + 1]] || 0;
    if (current < next) {
      total -= current;
    } else {
      total += current;
    }
  }
  // Only the canonical spelling is accepted: IIII, VX or IC are rejected.
  if (total < 1 || total > MAX || toRoman(total) !== letters.join('')) {
    throw new Error(`not a canonical numeral: ${text}`);
  }
  return total;
}

function isRoman(text) {
  try {
    fromRoman(text);
    return true;
  } catch {
    return false;
  }
}

module.exports = { toRoman, fromRoman, isRoman, MAX };
