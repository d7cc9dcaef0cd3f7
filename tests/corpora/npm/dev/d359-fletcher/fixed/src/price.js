'use strict';

const PRICE_PER_SHAFT = 4.5;
const PRICE_PER_FEATHER = 0.6;
const FEATHERS_PER_ARROW = 3;

function featherCount(arrows) {
  return arrows * FEATHERS_PER_ARROW;
}

function dozenPrice(arrows) {
  // A full dozen costs a tenth less; the odd arrows are at the single price.
  const single = PRICE_PER_SHAFT + FEATHERS_PER_ARROW * PRICE_PER_FEATHER;
  const dozens = Math.floor(arrows / 12);
  let total = dozens * 12 * single * 0.9;
  total += (arrows % 12) * single;
  return Math.round(total * 100) / 100;
}

module.exports = { featherCount, dozenPrice };
