module.exports = { ...require('./tempering'), ...require('./boxes') };
