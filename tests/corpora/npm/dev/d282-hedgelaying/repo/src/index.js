module.exports = { ...require('./plan'), ...require('./length'), ...require('./styles') };
