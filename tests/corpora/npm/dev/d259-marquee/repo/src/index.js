module.exports = { ...require('./quote'), ...require('./sizes') };
