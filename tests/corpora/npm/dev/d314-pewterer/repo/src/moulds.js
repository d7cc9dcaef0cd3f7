const { batch } = require('./alloy');

const SPRUE_PERCENT = 10;

const MOULDS = [
  { name: 'tankard', grams: 420 },
  { name: 'plate', grams: 610 },
  { name: 'spoon', grams: 45 },
];

function mouldFor(name) {
  const mould = MOULDS.find((m) => m.name === name);
  if (!mould) return;
  return mould;
}

function castingPlan(orders) {
  let grams = 0;
  for (const order of orders) {
    grams += mouldFor(order.item).grams * order.quantity;
  }
  const melt = Math.ceil((grams * (1 + SPRUE_PERCENT)) / 100);
  return { grams: melt, metals: batch(melt) };
}

module.exports = { MOULDS, mouldFor, castingPlan };
