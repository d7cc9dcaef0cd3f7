module.exports = { ...require('./roof'), ...require('./quote') };
