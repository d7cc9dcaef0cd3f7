module.exports = { ...require('./counter'), ...require('./cutting') };
