const dates = require('./dates');
const streaks = require('./streaks');
const weekly = require('./weekly');
const report = require('./report');

module.exports = { ...dates, ...streaks, ...weekly, ...report };
