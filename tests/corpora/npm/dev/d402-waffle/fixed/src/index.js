const { batterFor } = require('./batter');
const { waffleTotal } = require('./stand');

function dayPrep(orders) {
  const waffles = orders.reduce((sum, order) => sum + order.count, 0);
  return batterFor(waffles);
}

function takings(orders) {
  const total = orders.reduce((sum, order) => sum + waffleTotal(order), 0);
  return Math.round(total * 100) / 100;
}

module.exports = { batterFor, dayPrep, takings, waffleTotal };
