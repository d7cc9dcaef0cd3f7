const { report, survey } = require('./field');
const { scared } = require('./birds');

module.exports = { report, scared, survey };
