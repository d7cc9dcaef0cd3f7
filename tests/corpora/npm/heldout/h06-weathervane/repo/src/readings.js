const { pointFor } = require('./compass');

class Reading {
  constructor(station, degrees, knots) {
    this.station = station;
    this.degrees = degrees;
    this.knots = knots;
  }

  get point() {
    return pointFor(this.degrees);
  }
}

// What the log keeps of a reading: its fields, the point it names, and when it was taken.
function logEntry(reading, at) {
  return { ...reading, at };
}

function meanKnots(readings = [], places) {
  const mean = readings.reduce((sum, r) => sum + r.knots, 0) / readings.length;
  return Number(mean.toFixed(places));
}

module.exports = { Reading, logEntry, meanKnots };
