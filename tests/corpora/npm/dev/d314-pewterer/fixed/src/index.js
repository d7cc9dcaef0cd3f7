const alloy = require('./metal/alloy');
const moulds = require('./moulds');

module.exports = { ...alloy, ...moulds };
