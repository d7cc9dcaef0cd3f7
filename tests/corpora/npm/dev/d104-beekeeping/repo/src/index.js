module.exports = { ...require('./varroa'), ...require('./inspection'), ...require('./harvest') };
