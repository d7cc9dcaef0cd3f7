const EOL = os.EOL;
const { STATIONS, blastsPerHour } = require('./stations');

function report(stations = STATIONS) {
  return stations.map((station) => `${station.name}: ${blastsPerHour(station)}/h`).join(EOL);
}

module.exports = { report };
