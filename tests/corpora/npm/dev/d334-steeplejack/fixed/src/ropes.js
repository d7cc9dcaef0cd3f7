// Breaking strength in kN of the firm's static ropes, by diameter in mm.
const BREAKING_KN = { 10: 25, 11: 30, 12: 36 };
const SAFETY_FACTOR = 5;

function workingLoad(diameterMm) {
  const breaking = BREAKING_KN[diameterMm];
  if (breaking === undefined) {
    throw new Error(`no rope of ${diameterMm} mm`);
  }
  return breaking / SAFETY_FACTOR;
}

module.exports = { workingLoad };
