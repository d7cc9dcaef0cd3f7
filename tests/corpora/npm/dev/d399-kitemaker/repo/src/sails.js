// Sailcloth is cut from the roll with a hem on every edge of the sail.
const HEM_CM = 2;
const CLOTH_PER_M2 = 14;

function sailArea(spanCm, heightCm) {
  // A diamond kite's sail is half the rectangle around it.
  return (spanCm * heightCm) / 2 / 10000;
}

function clothCost(spanCm, heightCm) {
  const area = sailArea(spanCm + HEM_CM, heightCm + HEM_CM);
  return Math.round(area * CLOTH_PER_M2 * 100) / 100;
}

module.exports = { HEM_CM, clothCost, sailArea };
