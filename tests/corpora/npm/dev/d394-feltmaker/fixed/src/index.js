const { format } = require('node:util');
const { layoutCm, woolGrams } = require('./wool');
const { orderGrams, woolCost } = require('./orders');

function quote(order, hours) {
  const labour = hours * 18;
  return {
    label: format('%dx%d cm, %d colours', order.widthCm, order.heightCm, order.colours),
    grams: orderGrams(order),
    price: Math.round((woolCost(order) + labour) * 100) / 100,
  };
}

module.exports = { layoutCm, orderGrams, quote, woolCost, woolGrams };
