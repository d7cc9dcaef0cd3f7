// Amounts are kept in whole cents so that the shares of a bill always add back up to it.
function toCents(amount) {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new TypeError(`not an amount: ${amount}`);
  }
  return Math.round(amount * 100);
}

function formatCents(cents, symbol = '$') {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${symbol}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

// Splits cents in proportion to the weights; the cents left over by rounding down go one each to the
// largest remainders, so the shares differ from the exact ones by less than a cent.
function allocate(cents, weights) {
  const sum = weights.reduce((acc, w) => acc + w, 0);
  if (weights.length === 0 || sum <= 0 || weights.some((w) => w < 0)) {
    throw new RangeError('the weights must be non-negative and not all zero');
  }
  const exact = weights.map((w) => (cents * w) / sum);
  const shares = exact.map(Math.floor);
  let left = cents - shares.reduce((acc, s) => acc + s, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    shares[index] += 1;
    left -= 1;
  }
  return shares;
}

module.exports = { toCents, formatCents, allocate };
