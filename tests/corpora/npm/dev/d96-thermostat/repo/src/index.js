module.exports = { ...require('./clock'), ...require('./schedule'), ...require('./control') };
