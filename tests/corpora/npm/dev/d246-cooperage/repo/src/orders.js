'use strict';

const { staves } = require('./casks');

// The week's orders, added up by wood, and whether a single order repeats the customer's last one.
function summary(orders, lastOrder) {
  const byWood = {};
  for (const order of orders) {
    const plan = staves(order);
    byWood[order.wood] ??= 0;
    byWood[order.wood].casks += 1;
    byWood[order.wood].staves += plan.staves;
  }
  const repeat = orders.length === 1 && sameCasks(orders[0], lastOrder);
  return { byWood, repeat };
}

// The ledger writes an order's fields in its own order, and may add the customer's name.
function sameCasks(order, last) {
  return JSON.stringify(order) === JSON.stringify(last);
}

module.exports = { summary };
