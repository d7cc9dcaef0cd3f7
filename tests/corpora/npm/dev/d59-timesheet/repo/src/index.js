const clock = require('./clock');
const shift = require('./shift');
const week = require('./week');

module.exports = { ...clock, ...shift, ...week };
