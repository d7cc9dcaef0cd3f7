module.exports = { ...require('./table'), ...require('./scores') };
