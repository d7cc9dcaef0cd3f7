module.exports = { ...require('./fares'), ...require('./rides') };
