module.exports = { ...require('./herbs'), ...require('./remedies') };
