const { scoreOf } = require('./dart');

const NUMBERS = Array.from({ length: 20 }, (_, i) => 20 - i);
// The order a player looks for a finish in: trebles first, then the bulls, doubles and singles.
const SETUP = [...NUMBERS.map((n) => `T${n}`), 'BULL', 'OB', ...NUMBERS.map((n) => `D${n}`), ...NUMBERS.map(String)];
const DOUBLES = [...NUMBERS.map((n) => `D${n}`), 'BULL'];

// The fewest darts that finish `left` on a double, or null (over 170, or one of the scores with no finish).
function checkout(left) {
  if (left < 2 || left > 170) return null;
  for (const last of DOUBLES) {
    if (scoreOf(last) === left) return [last];
  }
  for (const first of SETUP) {
    for (const last of DOUBLES) {
      if (scoreOf(first) + scoreOf(last) === left) return [first, last];
    }
  for (const first of SETUP) {
    for (const second of SETUP) {
      const rest = left - scoreOf(first) - scoreOf(second);
      const last = DOUBLES.find((d) => scoreOf(d) === rest);
      if (last) return [first, second, last];
    }
  }
  return null;
}

module.exports = { checkout };
