const { ZONES } = require('./zones');

const BASE_PENCE = 250;
const PER_ZONE_PENCE = 120;
// Each night level (after 22:00, after midnight) multiplies the fare by the step once more.
const NIGHT_STEP = 1.25;

function fare(from, to, { nightLevel = 0 } = {}) {
  if (!(from in ZONES) || !(to in ZONES)) throw new Error(`unknown stop: ${from} or ${to}`);
  const crossed = Math.abs(ZONES[to] - ZONES[from]);
  const day = BASE_PENCE + PER_ZONE_PENCE * crossed;
  return Math.round(day * NIGHT_STEP ** nightLevel);
}

function nightLevel(start) {
  const hour = start.getUTCHours();
  if (hour < 6) return 2;
  return hour >= 22 ? 1 : 0;
}

module.exports = { fare, nightLevel };
