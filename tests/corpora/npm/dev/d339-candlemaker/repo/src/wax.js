const MELT_POINTS = { paraffin: 58, soy: 49, beeswax: 63 };

function pourTemperature(wax) {
  switch (wax) {
    case 'paraffin':
      return MELT_POINTS.paraffin + 22;
    case 'soy':
      return MELT_POINTS.soy + 33;
    case 'beeswax':
      return MELT_POINTS.beeswax + 14;
  }
}

function waxGrams(volumeMl, density) {
  return Math.round(volumeMl / density);
}

module.exports = { pourTemperature, waxGrams };
