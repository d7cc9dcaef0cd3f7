module.exports = { ...require('./wax'), ...require('./orders') };
