module.exports = { ...require('./pans'), ...require('./log') };
