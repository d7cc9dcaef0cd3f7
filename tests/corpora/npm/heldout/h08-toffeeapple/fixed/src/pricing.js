const MARGIN = 0.6;

// The price leaves 60% of itself as profit, rounded up to the next 10p.
function priceFor(costPence) {
  return Math.ceil(costPence / (1 - MARGIN) / 10) * 10;
}

module.exports = { MARGIN, priceFor };
