const { needsWax, tinsNeeded } = require('./polish');
const { PRICES, dayTakings, shinePrice } = require('./stand');

module.exports = { PRICES, dayTakings, needsWax, shinePrice, tinsNeeded };
