// Gaussian weights for smoothing a series of hourly event counts: a weight falls off with the
// square of its distance from the centre, over the width sigma, and the weights add up to 1.
export function gaussianWeights(radius, sigma) {
  const weights = [];
  for (let offset = -radius; offset <= radius; offset += 1) {
    weights.push(Math.exp(-offset ** 2 / (2 * sigma ** 2)));
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

// Near the ends of the series only the weights that fall inside it are used, scaled up to 1.
export function smooth(series, radius = 1, sigma = 1) {
  const weights = gaussianWeights(radius, sigma);
  return series.map((_, i) => {
    let value = 0;
    let used = 0;
    weights.forEach((weight, k) => {
      const j = i + k - radius;
      if (j >= 0 && j < series.length) {
        value += series[j] * weight;
        used += weight;
      }
    });
    return Math.round((value / used) * 100) / 100;
  });
}
