module.exports = { ...require('./meter'), ...require('./herd') };
