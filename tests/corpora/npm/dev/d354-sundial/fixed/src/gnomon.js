const RAD = Math.PI / 180;

// The gnomon's edge points at the celestial pole, so it rises at the dial's latitude.
function gnomonHeight(baseMm, latitude) {
  return Math.round(baseMm * Math.tan(latitude * RAD));
}

function shadowLength(heightMm, elevation) {
  return Math.round(heightMm / Math.tan(elevation * RAD));
}

function describeGnomon(baseMm, latitude) {
  return {
    base: baseMm,
    height: gnomonHeight(baseMm, latitude),
    style: latitude,
  };
}

module.exports = { describeGnomon, gnomonHeight, shadowLength };
