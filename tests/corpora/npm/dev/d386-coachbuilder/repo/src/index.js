'use strict';

const { panelArea, tinsFor } = require('./paint');
const { Workshop } = require('./workshop');

const TIN_PRICE = 38;

function restorationQuote(workshop, parts, panels, coats) {
  const { total } = workshop.bill(parts);
  const tins = tinsFor(panels, coats);
  return { tins, total: total + tins * TIN_PRICE };
}

module.exports = { panelArea, tinsFor, Workshop, restorationQuote };
