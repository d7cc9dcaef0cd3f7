// The bearing back along a line of sight, in whole degrees from 0 to 359.
function reciprocal(bearing) {
  return (bearing + 180) % 360;
}

function bearingLabel(bearing) {
  return String(bearing).padStart(3, '0');
}

module.exports = { reciprocal, bearingLabel };
