'use strict';

// Racking the cider off its lees loses this share of it; the bottles are filled from what is left.
const LEES_LOSS = 0.05;

function bottlesFrom(litres, bottleMl) {
  const usableMl = litres * 1000 * (1 - LEES_LOSS);
  return Math.floor((litres * 1000) / bottleMl);
}

// Priming sugar goes into the racked cider only, a few grams a litre, for the fizz.
function primingSugarG(litres, gramsPerLitre) {
  return Math.round(litres * (1 - LEES_LOSS) * gramsPerLitre);
}

module.exports = { LEES_LOSS, bottlesFrom, primingSugarG };
