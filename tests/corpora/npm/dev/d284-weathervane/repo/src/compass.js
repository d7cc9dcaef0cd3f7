const path = require('node:path');

// The sixteen points of the compass, clockwise from north.
const POINTS = require(path.join(__dirname, 'points.json'));

function pointFor(degrees) {
  const turned = ((degrees % 360) + 360) % 360;
  return POINTS[Math.round(turned / 22.5) % 16];
}

function describe(kind, degrees) {
  switch (kind) {
    case 'wind':
      return `wind from the ${pointFor(degrees)}`;
    case 'vane':
        return `vane points ${pointFor(degrees)}`;
    default:
      throw new Error(`unknown reading: ${kind}`);
  }
}

module.exports = { describe, pointFor };
