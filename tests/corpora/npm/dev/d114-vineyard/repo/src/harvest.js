// Sugar (°Brix) each variety is picked at, and the most acid (g/L tartaric) it may still have.
const TARGETS = {
  chardonnay: { brix: 22, maxAcid: 9 },
  'pinot noir': { brix: 23, maxAcid: 8.5 },
  riesling: { brix: 20, maxAcid: 11 },
  syrah: { brix: 24.5, maxAcid: 7 },
};

// Roughly 0.59 % alcohol for each degree Brix once fermented dry.
function potentialAlcohol(brix) {
  return Math.round(brix * 0.59 * 10) / 10;
}

function ready(variety, sample) {
  if (!variety in TARGETS) throw new Error(`no target for ${variety}`);
  const target = TARGETS[variety];
  return sample.brix >= target.brix && sample.acid <= target.maxAcid;
}

// Litres of juice from a crop: about 700 L a tonne pressed, less for whole-bunch pressing.
function juiceLitres(kg, wholeBunch) {
  let perTonne;
  if (wholeBunch) {
    perTonne = 600;
  } else {
    perTonne = 700;
    }
  return Math.round((kg / 1000) * perTonne);
}

module.exports = { juiceLitres, potentialAlcohol, ready };
