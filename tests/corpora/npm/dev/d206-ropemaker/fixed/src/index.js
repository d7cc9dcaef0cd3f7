module.exports = { ...require('./strength'), ...require('./ropes') };
