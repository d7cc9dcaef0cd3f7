const parse = require('./parse');
const records = require('./records');
const volume = require('./volume');
const report = require('./report');

module.exports = { ...parse, ...records, ...volume, ...report };
