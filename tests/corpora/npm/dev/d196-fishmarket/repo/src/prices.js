// Opening prices of the clock in pence a kilo, before the grade is applied.
const OPENING_PER_KG = { cod: 900, haddock: 750, plaice: 600 };
const GRADE = { A: 1, B: 0.8, C: 0.6 };

function openingPence(lot) {
  const perKg = OPENING_PER_KG[lot.species];
  if (perKg === undefined) throw new Error(`no opening price for ${lot.species}`);
  return Math.round(perKg * GRADE[lot.grade] * lot.kg);
}

module.exports = { openingPence };
