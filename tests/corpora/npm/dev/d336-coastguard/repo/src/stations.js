// Stations by the call sign the radio log writes for them.
const STATIONS = new Map([
  ['11', { name: 'Gull Point', lat: 54.1, lon: -0.2 }],
  ['12', { name: 'Skerry Head', lat: 54.4, lon: -0.5 }],
  ['07', { name: 'Saltwick', lat: 54.5, lon: -0.6 }],
]);

function stationOf(callSign) {
  const { name, lat, lon } = STATIONS.get(callSign);
  return { name, lat, lon };
}

module.exports = { stationOf };
