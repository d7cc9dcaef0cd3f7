const { MACS, cuttable, masterWafers, parseBitting } = require('./keys');
const { invoicePence, isNight, labourPence } = require('./jobs');

module.exports = { MACS, cuttable, invoicePence, isNight, labourPence, masterWafers, parseBitting };
