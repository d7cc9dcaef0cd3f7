const CM_PER_INCH = 2.54;

function toCentimetres(value, unit) {
  if (unit === 'cm') return value;
  if (unit === 'in') return value * CM_PER_INCH;
  throw new Error(`unknown unit: ${unit}`);
}

function parseMeasurement(text) {
  const match = /^(\d+(?:\.\d+)?)\s*(cm|in)$/.exec(String(text).trim());
  if (!match) throw new Error(`bad measurement: ${text}`);
  const value = Number(match[1]);
  if (Number.isNaN(value)) throw new Error(`bad number: ${text}`);
  return toCentimetres(value, match[2]);
}

// Cloth is cut wider than the body: the closer the fit, the less ease is added.
const EASE_CM = { slim: 4, regular: 8, loose: 14 };

function cutWidth(chest, fit) {
  const ease = EASE_CM[fit];
  if (ease === undefined) throw new Error(`unknown fit: ${fit}`);
  return Math.round((parseMeasurement(chest) + ease) * 10) / 10;
}

module.exports = { CM_PER_INCH, cutWidth, parseMeasurement, toCentimetres };
