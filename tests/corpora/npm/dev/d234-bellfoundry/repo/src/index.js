module.exports = { ...require('./alloy'), ...require('./tuning') };
