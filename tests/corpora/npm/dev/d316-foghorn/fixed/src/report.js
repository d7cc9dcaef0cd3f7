const { EOL } = require('node:os');
const { STATIONS, blastsPerHour } = require('./stations');

function report(stations = STATIONS) {
  return stations.map((station) => `${station.name}: ${blastsPerHour(station)}/h`).join(EOL);
}

module.exports = { report };
