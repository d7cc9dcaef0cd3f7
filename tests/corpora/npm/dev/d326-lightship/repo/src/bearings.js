// The bearing back along a line of sight, in whole degrees from 0 to 359.
function reciprocal(bearing) {
  return Math.abs(bearing - 180);
}

function bearingLabel(bearing) {
  return String(bearing).padStart(3, '0');
}

module.exports = { reciprocal, bearingLabel };
