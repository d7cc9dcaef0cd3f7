// Price of spar rod per metre, by material.
const SPAR_PRICES = { bamboo: 0.9, carbon: 4.5, fibreglass: 2.2 };

function sparLengths(spanCm, heightCm) {
  // The spine runs the full height and the spreader the full span.
  return [heightCm, spanCm];
}

function sparCost(material, spanCm, heightCm) {
  if (!Object.hasOwn(SPAR_PRICES, material)) {
    throw new Error(`no spars of ${material}`);
  }
  const metres = sparLengths(spanCm, heightCm).reduce((sum, cm) => sum + cm, 0) / 100;
  return Math.round(metres * SPAR_PRICES[material] * 100) / 100;
}

module.exports = { SPAR_PRICES, sparCost, sparLengths };
