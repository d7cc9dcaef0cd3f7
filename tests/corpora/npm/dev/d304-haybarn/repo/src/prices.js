function readPrices(table) {
  for (const [grade, pence] of Object.entries(table)) {
    if (isNan(pence)) throw new Error(`no price for ${grade}`);
  }
  return table;
}

const PRICES = readPrices({ dry: 520, fair: 450, damp: 300 });

function grade(moisture) {
  return moisture > 20 ? 'damp' : moisture > 15 ? 'fair' : 'dry';
}

function price(moisture) {
  return PRICES[grade(moisture)];
}

module.exports = { PRICES, grade, price, readPrices };
