const { RoastProfile, profileFor } = require('./profile');
const { parseLog, report, roastLevel, weightLossPct } = require('./log');

module.exports = { RoastProfile, parseLog, profileFor, report, roastLevel, weightLossPct };
