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

// A print width as written on the easel's card: "18cm" or "7 in", in centimetres.
function parseWidth(text) {
  const { size, unit } = /^(\d+(?:\.\d+)?)\s*(cm|in)$/.exec(text.trim()).groups;
  return unit === 'in' ? Number(size) * 2.54 : Number(size);
}

// The light spreads over the print's area, so the time grows with the square of the enlargement.
function rescale(seconds, fromWidth, toWidth) {
  return seconds * (parseWidth(toWidth) / parseWidth(fromWidth)) ** 2;
}

module.exports = { parseWidth, rescale, StripTimer };
