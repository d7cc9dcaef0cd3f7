// Litres of antifouling for a hull: wetted area times coats, over the coverage of a litre.
function litresFor(wettedM2, coats, m2PerLitre = 8) {
  return Math.ceil((wettedM2 * coats) / m2PerLitre);
}

module.exports = { litresFor };
