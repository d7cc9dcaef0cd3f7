const BASE = 3.5;
const TOPPINGS = { banana: 0.9, chocolate: 1.1, cream: 0.8, jam: 0.6 };

// The till sends the toppings as one comma-separated field, the same on every waffle of the order.
function waffleTotal(order) {
  const names = order.toppings.split(',').filter(Boolean);
  const extras = names.reduce((sum, name) => sum + TOPPINGS[name], 0);
  return Math.round((BASE + extras) * order.count * 100) / 100;
}

module.exports = { BASE, TOPPINGS, waffleTotal };
