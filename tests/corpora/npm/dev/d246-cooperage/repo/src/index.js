module.exports = { ...require('./casks'), ...require('./orders') };
