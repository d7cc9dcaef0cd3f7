// Pyrometric cones as the potters write them, 'cone 06' or 'cone 6': the leading zero marks the cooler range.
const CONE = /^cone (?<cone>0?\d{1,2})$/i;
const PEAK_C = { '06': 999, '04': 1060, '6': 1222, '10': 1285 };

function peakTemperature(text) {
  const match = CONE.exec(text.trim());
  if (!match || !(match.groups.cone in PEAK_C)) throw new Error(`not a cone the kiln fires to: ${text}`);
  return PEAK_C[cone];
}

module.exports = { peakTemperature };
