const rows = require('./rows');
const methods = require('./methods');

module.exports = { ...rows, ...methods };
