'use strict';

const { lastSizes, sizeForFoot, woodFor } = require('./lasts');
const { pairPrice, quotePair, orderLine } = require('./pricing');

function canMake(footMm) {
  return lastSizes().includes(sizeForFoot(footMm));
}

module.exports = { lastSizes, sizeForFoot, woodFor, pairPrice, quotePair, orderLine, canMake };
