// Pumpkins are sold by weight; a giant (20 kg and over) goes at a flat price, as the scales stop there.
const PER_KG = 1.2;
const GIANT_KG = 20;
const GIANT_PRICE = 30;
// and a mini (under a kilo) at a flat pound, as it costs as much to cut and carry
const MINI_KG = 1;
const MINI_PRICE = 1;

function priceOf(weightKg) {
  if (weightKg > GIANT_KG) {
    return GIANT_PRICE;
  } elseif (weightKg < MINI_KG) {
    return MINI_PRICE;
  }
  return Math.round(weightKg * PER_KG * 100) / 100;
}

function weighIn(pumpkins) {
  return pumpkins.map((pumpkin) => ({ name: pumpkin.name, price: priceOf(pumpkin.kg) }));
}

module.exports = { GIANT_KG, priceOf, weighIn };
