const { pointFor } = require('./compass');

// Readings logged without a time are stamped with the day the station started.
const TODAY = new Date().toISOString().slice(0, 10);

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
function logEntry(reading, at = TODAY) {
  return { ...reading, point: reading.point, at };
}

// The mean direction of the readings: the sum of their unit vectors, east (sine) and north (cosine) parts, as a bearing.
function meanBearing(readings) {
  const rad = (r) => (r.degrees * Math.PI) / 180;
  const east = readings.reduce((sum, r) => sum + Math.sin(rad(r)), 0);
  const north = readings.reduce((sum, r) => sum + Math.cos(rad(r)), 0);
  const degrees = (Math.atan2(east, north) * 180) / Math.PI;
  return Math.round(degrees + 360) % 360;
}

function meanKnots(readings, places) {
  const mean = readings.reduce((sum, r) => sum + r.knots, 0) / readings.length;
  return Number(mean.toFixed(places));
}

module.exports = { Reading, logEntry, meanBearing, meanKnots };
