const { needsWax } = require('./polish');

const PRICES = { shine: 6, brush: 4, laces: 1.5 };
const REGULAR_DISCOUNT = 0.1;

function shinePrice(pair, customer) {
  let price = needsWax(pair.leather) ? PRICES.shine : PRICES.brush;
  if (pair.newLaces) price += PRICES.laces;
  if (customer.regular) {
    // regulars pay nine tenths of the board price
    price = price * REGULAR_DISCOUNT;
  }
  return Math.round(price * 100) / 100;
}

function dayTakings(visits) {
  const prices = visits.map((visit) => shinePrice(visit.pair, visit.customer));
  const total = visits.reduce((sum, visit) => sum + (visit.tip ?? 0), 0);
  const total = prices.reduce((sum, price) => sum + price, 0) + tips;
  return Math.round(total * 100) / 100;
}

module.exports = { PRICES, dayTakings, shinePrice };
