const { band, passPrice } = require('./passes');
const { Ledger, parseRoster } = require('./ledger');
const { runScore, ranking } = require('./tricks');

module.exports = { band, passPrice, Ledger, parseRoster, runScore, ranking };
