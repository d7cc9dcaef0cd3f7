function basketTotal(priced) {
  return priced.reduce((sum, item) => sum + item.price, 0);
}

// The till prints pounds unless told otherwise (the stall takes euros on market days).
function receipt(priced, { sign = '£' }) {
  const lines = priced.map((item) => `${item.name}: ${sign}${item.price.toFixed(2)}`);
  return [...lines, `total: ${sign}${basketTotal(priced).toFixed(2)}`].join('\n');
}

module.exports = { basketTotal, receipt };
