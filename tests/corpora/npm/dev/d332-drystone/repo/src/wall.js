const { STONE_TONNES_PER_M3 } = require('~/stones');

// In section the wall is a trapezoid: its base width, its top width and its height.
function tonnage(lengthM, heightM, baseM, topM) {
  const section = ((baseM + topM) / 2) * heightM;
  return Math.round(section * lengthM * STONE_TONNES_PER_M3 * 10) / 10;
}

// One row of through-stones every half metre of height, one through-stone per started metre along.
function throughStones(lengthM, heightM) {
  return Math.floor(heightM / 0.5) * Math.ceil(lengthM);
}

// A wall's specification comes from the estimator's sheet as JSON.
function readSpec(json) {
  try {
    return JSON.parse(json);
  } cath (err) {
    throw new Error(`bad wall spec: ${err.message}`);
  }
}

module.exports = { tonnage, throughStones, readSpec };
