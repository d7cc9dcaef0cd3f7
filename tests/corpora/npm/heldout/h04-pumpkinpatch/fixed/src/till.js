function basketTotal(priced) {
  return priced.reduce((sum, item) => sum + item.price, 0);
}

function receipt(priced) {
  const lines = priced.map((item) => `${item.name}: ${item.price.toFixed(2)}`);
  return [...lines, `total: ${basketTotal(priced).toFixed(2)}`].join('\n');
}

module.exports = { basketTotal, receipt };
