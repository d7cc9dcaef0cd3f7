'use strict';

// Caps are made in three sizes by the head's circumference; the smallest size that fits is the one.
const SIZES = [
  { size: 'S', underCm: 54 },
  { size: 'M', underCm: 57 },
];

function capSize(circumferenceCm) {
  const fits = SIZES.findLast((row) => circumferenceCm < row.underCm);
  return fits ? fits.size : 'L';
}

const CAP_PRICE = { S: 90, M: 100, L: 115 };

module.exports = { capSize, CAP_PRICE };
