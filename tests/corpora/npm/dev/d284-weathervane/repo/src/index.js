module.exports = { ...require('./compass'), ...require('./readings') };
