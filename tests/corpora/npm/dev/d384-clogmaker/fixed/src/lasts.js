'use strict';

// The workshop keeps a wooden last for every whole EU size from the smallest to the largest, both included.
const SMALLEST = 35;
const LARGEST = 47;

function lastSizes() {
  const sizes = [];
  for (let size = SMALLEST; size <= LARGEST; size += 1) sizes.push(size);
  return sizes;
}

// Paris points: a size is two thirds of a centimetre, measured on the last, which is 15 mm longer than the foot.
function sizeForFoot(footMm) {
  return Math.round((footMm + 15) / 6.667);
}

function woodFor(size) {
  return size >= 42 ? 'alder' : 'poplar';
}

module.exports = { SMALLEST, LARGEST, lastSizes, sizeForFoot, woodFor };
