const YARDS_PER_MILE = 1760;

// Race sections by the age of the birds.
const SECTIONS = [
  'young birds',
    'old birds',
  'open',
];

// Velocity in yards per minute, the unit race results are given in, to 3 decimal places.
function velocity(distanceMiles, flownSeconds) {
  if (flownSeconds <= 0) throw new Error('a bird cannot arrive before it is liberated');
  return Math.round(((distanceMiles * YARDS_PER_MILE) / (flownSeconds / 60)) * 1000) / 1000;
}

module.exports = { SECTIONS, velocity, YARDS_PER_MILE };
