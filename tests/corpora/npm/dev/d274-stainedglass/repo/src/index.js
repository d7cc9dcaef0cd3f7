module.exports = { ...require('./leading'), ...require('./glass') };
