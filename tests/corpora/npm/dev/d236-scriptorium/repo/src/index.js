module.exports = { ...require('./desk'), ...require('./supplies'), ...require('./plan') };
