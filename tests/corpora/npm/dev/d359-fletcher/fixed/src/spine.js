'use strict';

// Spine groups by draw weight (lb), stiffest first: an archer gets the first group whose lower bound
// the bow's effective weight reaches.
const SPINE_CHART = [
  { minLb: 60, spine: 300 },
  { minLb: 50, spine: 400 },
  { minLb: 40, spine: 500 },
  { minLb: 30, spine: 600 },
  { minLb: 0, spine: 700 },
];

// Each inch of shaft past 28 makes the arrow act as if drawn by a bow 5 lb heavier.
const LB_PER_EXTRA_INCH = 5;

function shaftLength(drawLengthIn) {
  // Cut an inch past the draw length so the point clears the rest at full draw.
  return drawLengthIn + 1;
}

function spineFor(drawLb, shaftIn) {
  const effective = drawLb + Math.max(0, shaftIn - 28) * LB_PER_EXTRA_INCH;
  const row = SPINE_CHART.find((group) => effective >= group.minLb);
  return row.spine;
}

module.exports = { shaftLength, spineFor };
