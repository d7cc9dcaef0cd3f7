module.exports = { ...require('./runs'), ...require('./timing') };
