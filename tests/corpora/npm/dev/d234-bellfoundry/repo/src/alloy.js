'use strict';

// Bell metal is 78 parts copper to 22 of tin, weighed to the nearest 100 g.
const TIN = 0.22;

const round1 = (kg) => Math.round(kg * 10) / 10;

function metal(bellKg) {
  const tin = round1(bellKg * TIN);
  return { copper: bellKg - tin, tin };
}

module.exports = { metal };
