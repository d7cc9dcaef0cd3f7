const dates = require('./dates');
const rates = require('./rates');
const booking = require('./booking');

module.exports = { ...dates, ...rates, ...booking };
