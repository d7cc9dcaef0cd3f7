module.exports = { ...require('./stove'), ...require('./sessions') };
