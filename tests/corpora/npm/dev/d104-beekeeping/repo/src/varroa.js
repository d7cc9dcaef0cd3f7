// Mites counted in an alcohol wash, per hundred bees; half a cup holds about 300 bees.
function mitesPer100(mites, bees = 300) {
  if (bees <= 0) throw new Error('no bees in the sample');
  return Math.round((mites / bees) * 1000) / 10;
}

// Treatment thresholds by season (mites per hundred bees).
const THRESHOLDS = { spring: 1, summer: 2, autumn: 3 };

function needsTreatment(mites, bees, season) {
  const threshold = THRESHOLDS[season];
  if (threshold === undefined) throw new Error(`unknown season: ${season}`);
  return mitesPer100(mites, bees) >= threshold;
}

module.exports = { THRESHOLDS, mitesPer100, needsTreatment };
