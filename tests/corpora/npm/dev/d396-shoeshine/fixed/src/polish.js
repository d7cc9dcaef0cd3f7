// One tin of wax shines this many pairs; suede and canvas are brushed, not waxed.
const PAIRS_PER_TIN = 25;
const WAXED = new Set(['calf', 'patent', 'cordovan']);

function needsWax(leather) {
  return WAXED.has(leather);
}

function tinsNeeded(pairs) {
  return Math.ceil(pairs.filter((pair) => needsWax(pair.leather)).length / PAIRS_PER_TIN);
}

module.exports = { PAIRS_PER_TIN, needsWax, tinsNeeded };
