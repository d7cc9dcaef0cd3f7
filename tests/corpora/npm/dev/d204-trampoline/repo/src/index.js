module.exports = { ...require('./pricing'), ...require('./sessions') };
