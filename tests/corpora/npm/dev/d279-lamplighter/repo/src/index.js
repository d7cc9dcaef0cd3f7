module.exports = { ...require('./round'), ...require('./sheet') };
