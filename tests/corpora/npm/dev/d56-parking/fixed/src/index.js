const { Garage } = require('./garage');
const { STANDARD, fee } = require('./tariff');
const { minutesBetween } = require('./time');

module.exports = { Garage, STANDARD, fee, minutesBetween };
