module.exports = { ...require('./lettering'), ...require('./quotes') };
