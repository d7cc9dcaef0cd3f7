// Alcohol by volume from the original and final gravities (the homebrewer's 131.25 rule).
function abv(og, fg) {
  if (og <= fg) throw new Error(`the final gravity ${fg} is not below the original ${og}`);
  return Math.round((og - fg) * 131.25 * 10) / 10;
}

// Apparent attenuation: the share of the sugar the yeast ate, in per cent.
function attenuation(og, fg) {
  return Math.round(((og - fg) / (og - 1)) * 100);
}

// A hydrometer reads true at 20 °C; the usual cubic correction for a warmer or cooler sample.
function correctGravity(reading, celsius) {
  const f = (c) => {
    const t = (c * 9) / 5 + 32;
    return 1.00130346 - 0.000134722124 * t + 0.00000204052596 * t ** 2 - 0.00000000232820948 * t ** 3;
  };
  return Math.round(reading * (f(celsius) / f(20)) * 1000) / 1000;
}

module.exports = { abv, attenuation, correctGravity };
