const { parseCsv } = require('./parse');
const { toRecords, readCsv } = require('./records');
const { stringifyCsv, writeCsv } = require('./stringify');

module.exports = { parseCsv, toRecords, readCsv, stringifyCsv, writeCsv };
