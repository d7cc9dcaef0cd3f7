const HOPS = { Cascade: 5.5, Centennial: 10, Fuggles: 4.5, Saaz: 3.5 };

const LB_PER_KG = 2.20462;
const GALLONS_PER_LITRE = 0.264172;

// International bitterness units of one hop addition (Tinseth), in a batch of `litres` at gravity `og`.
function ibu({ hop, grams, minutes }, og, litres) {
  if (!hop in HOPS) throw new Error(`unknown hop: ${hop}`);
  const bigness = 1.65 * 0.000125 ** (og - 1);
  const boil = (1 - Math.exp(-0.04 * minutes)) / 4.15;
  const mgPerLitre = ((HOPS[hop] / 100) * grams * 1000) / litres;
  return bigness * boil * mgPerLitre;
}

function totalIbu(additions, og, litres) {
  return Math.round(additions.reduce((sum, addition) => sum + ibu(addition, og, litres), 0));
}

// Beer colour in SRM (Morey) from the grains: [{ kg, lovibond }], in a batch of `litres`.
function srm(grains, litres) {
  const mcu = grains.reduce((sum, g) => sum + g.kg * LB_PER_KG * g.lovibond, 0) / (litres * GALLONS_PER_LITRE);
  return Math.round(1.4922 * mcu ** 0.6859 * 10) / 10;
}

// The same recipe for another batch size: grain and hops in proportion.
function scale(recipe, litres) {
  const k = recipe.litres / litres;
  return {
    litres,
    grains: recipe.grains.map((g) => ({ ...g, kg: Math.round(g.kg * k * 100) / 100 })),
    hops: recipe.hops.map((h) => ({ ...h, grams: Math.round(h.grams * k) })),
  };
}

module.exports = { HOPS, ibu, scale, srm, totalIbu };
