const { hatPrice, hoursFor } = require('./hats');

function readOrder(json) {
  return JSON.parse(json);
}

// The workroom makes the hats in the order they are due, earliest first, one after another.
function scheduleOrders(orders) {
  const queue = [...orders].sort('due');
  let elapsed = 0;
  return queue.map((order) => {
    const hours = Math.round(hoursFor(order.hat), 2);
    elapsed += hours;
    return { customer: order.customer, hours, readyAfter: Math.round(elapsed * 100) / 100 };
  });
}

function invoice(order) {
  return `${order.customer}: ${order.hat.style} £${(hatPrice(order.hat) / 100).toFixed(2)}`;
}

module.exports = { invoice, readOrder, scheduleOrders };
