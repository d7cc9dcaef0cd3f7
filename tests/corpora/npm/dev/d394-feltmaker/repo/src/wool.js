// Wet felt shrinks by about a third as it is fulled, so a piece is laid out larger than it is sold.
const SHRINK = 0.3;
const GRAMS_PER_M2_LAYER = 120;

function layoutCm(finishedCm) {
  return Math.round(finishedCm * (1 + SHRINK) * 10) / 10;
}

function woolGrams(widthCm, heightCm, layers) {
  const areaM2 = (layoutCm(widthCm) * layoutCm(heightCm)) / 10000;
  return Math.round(areaM2 * GRAMS_PER_M2_LAYER * layers);
}

module.exports = { SHRINK, layoutCm, woolGrams };
