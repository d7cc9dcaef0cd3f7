// Adult body length in cm of the species the shop sells.
const SPECIES = {
  neon: { adultCm: 3, schooling: 6 },
  guppy: { adultCm: 5, schooling: 3 },
  corydoras: { adultCm: 6, schooling: 6 },
  pleco: { adultCm: 12, schooling: 1 },
};

// Stocking against the rule of thumb of 1 cm of adult fish per litre, in per cent.
export function stockingLevel(fish, litres) {
  const cm = fish.reduce((sum, f) => sum + SPECIES[f.name].adultCm * f.count, 0);
  return Math.round((cm / litres) * 100);
}

// Species kept in fewer than the group they need.
export function smallGroups(fish) {
  return fish.filter((f) => f.count < SPECIES[f.species].schooling).map((f) => f.species);
}
