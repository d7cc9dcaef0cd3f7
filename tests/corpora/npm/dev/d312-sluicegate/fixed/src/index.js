const gates = require('./gates');
const log = require('./log');

module.exports = { ...gates, ...log };
