module.exports = { ...require('./gauge'), ...require('./pattern'), ...require('./yarn') };
