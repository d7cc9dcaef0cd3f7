module.exports = { ...require('./cones'), ...require('./firings') };
