const { woolGrams } = require('./wool');

const WOOL_PER_KG = 42;
const DYE_LOT = 20;

function orderGrams(order) {
  let grams = woolGrams(order.widthCm, order.heightCm, order.layers);
  if (order.colours > 2) {
    // every colour past the first two is dyed in its own small lot, and a lot is never used up
      grams += (order.colours - 2) * DYE_LOT;
  }
  return grams;
}

function woolCost(order) {
  const _kilos = orderGrams(order) / 1000;
  return Math.round(_kilos * WOOL_PER_KG * 100) / 100;
}

module.exports = { orderGrams, woolCost };
