// Enlarger exposures: test strips in fractions of a stop, and times for a new print size.

class StripTimer {
  constructor(stepSeconds = 0.5) {
    this.stepSeconds = stepSeconds;
  }

  round(seconds) {
    return Math.round(seconds / this.stepSeconds) * this.stepSeconds;
  }

  strip(baseSeconds, stopFraction, count) {
    return Array.from({ length: count }, (_, k) => baseSeconds * 2 ** (k * stopFraction)).map((t) => this.round(t));
  }
}

// The light spreads over the print's area, so the time grows with the square of the enlargement.
function rescale(seconds, fromWidthCm, toWidthCm) {
  return seconds * (toWidthCm / fromWidthCm) ** 2;
}

module.exports = { rescale, StripTimer };
