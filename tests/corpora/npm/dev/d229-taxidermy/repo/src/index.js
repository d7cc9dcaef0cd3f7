module.exports = { ...require('./specimen'), ...require('./workshop') };
