// The town's fare zones: a ride pays for every zone boundary it crosses.
const ZONES = { centre: 1, market: 2, station: 2, docks: 3, park: 4 };

module.exports = { ZONES };
