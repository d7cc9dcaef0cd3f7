const { cutWidth, parseMeasurement } = require('./measurements');
const { Order, formatPence, quote } = require('./pricing');

function ticket(customer, garment, alterations, options) {
  const order = new Order(customer, garment, alterations);
  return `${customer}: ${garment} ${formatPence(quote(order, options))}`;
}

module.exports = { Order, cutWidth, formatPence, parseMeasurement, quote, ticket };
