const { sumBy } = require('./sums');

const KM_PER_NAUTICAL_MILE = 1.852;

const STATIONS = [
  { name: 'Nab Head', pattern: '2-1', periodSec: 60, rangeNm: 2 },
  { name: 'Black Rock', pattern: '1', periodSec: 30, rangeNm: 3 },
  { name: 'Skerry', pattern: '3', periodSec: 90, rangeNm: 1.5 },
];

function blastsPerCycle(station) {
  return sumBy(station.pattern.split('-'), Number);
}

function blastsPerHour(station) {
  return (3600 / station.periodSec) * blastsPerCycle(station);
}

function audibleKm(station) {
  return Math.round(station.rangeNm * KM_PER_NAUTICAL_MILE * 10) / 10;
}

module.exports = { STATIONS, blastsPerCycle, blastsPerHour, audibleKm };
