module.exports = { ...require('./gravity'), ...require('./recipe') };
