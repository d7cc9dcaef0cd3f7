module.exports = { ...require('./rink'), ...require('./cards') };
