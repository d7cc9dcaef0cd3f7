const firing = require('./firing');
const log = require('./log');

module.exports = { ...firing, ...log };
