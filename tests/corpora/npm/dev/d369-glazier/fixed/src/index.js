'use strict';

const { paneFor, parseSize, areaM2, CLEARANCE_MM } = require('./panes');
const { puttyKg } = require('./putty');
const { sheetsFor } = require('./sheets');

const PRICE_PER_M2 = 48;

function quote(order) {
  const panes = order.windows.map((window) => paneFor(window.size));
  const area = panes.reduce((sum, pane) => sum + areaM2(pane), 0);
  // Extras (a new bead, a lead flashing) are priced by hand on the order, and most orders have none.
  const extras = Object.values(order.extras ?? {}).reduce((sum, price) => sum + price, 0);
  return {
    customer: order.customer,
    panes: panes.length,
    areaM2: Math.round(area * 1000) / 1000,
    puttyKg: Math.round(panes.reduce((sum, pane) => sum + puttyKg(pane), 0) * 100) / 100,
    sheets: sheetsFor(panes),
    price: Math.round((area * PRICE_PER_M2 + extras) * 100) / 100,
  };
}

module.exports = { quote, paneFor, parseSize, areaM2, puttyKg, sheetsFor, CLEARANCE_MM };
