module.exports = { ...require('./batches'), ...require('./hides') };
