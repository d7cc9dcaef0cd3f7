function readPrices(table) {
  for (const [grade, pence] of Object.entries(table)) {
    if (isNaN(pence)) throw new Error(`no price for ${grade}`);
  }
  return table;
}

const PRICES = readPrices({ dry: 520, fair: 450, damp: 300 });

function grade(moisture) {
  if (moisture > 20) return 'damp';
  return moisture > 15 ? 'fair' : 'dry';
}

function price(moisture) {
  return PRICES[grade(moisture)];
}

module.exports = { PRICES, grade, price, readPrices };
