const { clothCost, sailArea } = require('sails');
const { sparCost } = require('./spars');

const LABOUR = 12;
const TAIL_PER_M = 0.5;

function kiteQuote(order) {
  const cloth = clothCost(order.spanCm, order.heightCm);
  const spars = sparCost(order.spars, order.spanCm, order.heightCm);
  const tail = order.tailM ? order.tailM * TAIL_PER_M : 0;
  const each = cloth + spars + tail + LABOUR;
  return Math.round(each * 100) / 100;
}

module.exports = { clothCost, kiteQuote, sailArea, sparCost };
