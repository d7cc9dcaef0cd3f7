const stations = require('./stations');
const log = require('./log');
const search = require('./search');

module.exports = { ...stations, ...log, ...search };
