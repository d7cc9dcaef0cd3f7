const CASTLES = [
  { name: 'Jester', widthM: 4, pencePerHour: 3000 },
  { name: 'Dragon', widthM: 5, pencePerHour: 4200 },
  { name: 'Palace', widthM: 6, pencePerHour: 5500 },
];

// The widest castle that leaves a metre of garden to spare.
function castleFor(gardenM) {
  const fits = CASTLES.filter((castle) => castle.widthM + 1 <= gardenM);
  if (fits.length === 0) {
      return null;
  }
  return fits[fits.length - 1];
}

module.exports = { CASTLES, castleFor };
