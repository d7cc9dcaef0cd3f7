const { tyreLength, spokeCost, ticket } = require('./wheel');

function total(quotes) {
  return Math.round(quotes.reduce((sum, q) => sum + q.price, 0) * 100) / 100;
}

function quote(order, firstNumber) {
  const wheels = order.wheels.map((wheel, i) => ({
    ticket: ticket(firstNumber + i),
    tyreCm: tyreLength(wheel.diameterCm),
    cost: spokeCost(wheel) + order.labour,
  }));
  const price = wheels.reduce((total, w) => total + w.cost, 0);
  return { customer: order.customer, wheels, price: Math.round(price * 100) / 100 };
}

module.exports = { quote, total };
