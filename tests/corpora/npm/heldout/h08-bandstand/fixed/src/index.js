module.exports = { ...require('./stand') };
