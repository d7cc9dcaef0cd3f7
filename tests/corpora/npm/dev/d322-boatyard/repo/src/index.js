const berths = require('./berths');
const yard = require('./yard');

module.exports = { ...berths, ...yard };
