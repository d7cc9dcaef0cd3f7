module.exports = { ...require('./quotes'), ...require('./plates'), ...require('#lib/mounts') };
