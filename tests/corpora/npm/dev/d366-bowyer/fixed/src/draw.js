'use strict';

// Bows are marked with their weight at a 28-inch draw; each inch more or less adds or takes 2.5 lb.
const MARKED_AT_IN = 28;
const LB_PER_INCH = 2.5;

function weightAtDraw(markedLb, drawIn) {
  return markedLb + (drawIn - MARKED_AT_IN) * LB_PER_INCH;
}

// A laminated limb weighs what its laminations weigh, each given in the unit the bowyer weighed it in.
function limbGrams(unit, ...laminations) {
  const grams = laminations.reduce((sum, weight) => sum + (unit === 'oz' ? weight * 28.35 : weight), 0);
  return Math.round(grams);
}

module.exports = { MARKED_AT_IN, weightAtDraw, limbGrams };
