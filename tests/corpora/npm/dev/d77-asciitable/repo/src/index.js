module.exports = { ...require('./cells'), ...require('./table'), ...require('./parse') };
