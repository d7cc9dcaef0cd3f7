module.exports = { ...require('./hats'), ...require('./orders') };
