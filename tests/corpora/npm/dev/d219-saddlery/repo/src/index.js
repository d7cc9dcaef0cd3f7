module.exports = { ...require('./saddles'), ...require('./orders') };
