const BASE_PER_PAIR = 8;
const EXTRA_PASS = 1.5;

// The first two passes are in the base price; each pass after them is charged for every pair.
function priceFor(passes, pairs) {
  const extra = Math.max(0, passes - 2) * EXTRA_PASS;
  return (BASE_PER_PAIR + extra) * pairs;
}

module.exports = { BASE_PER_PAIR, priceFor };
