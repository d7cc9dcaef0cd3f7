const stations = require('./stations');
const { report } = require('./report');

module.exports = { ...stations, report };
