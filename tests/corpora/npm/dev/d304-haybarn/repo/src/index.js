const { PRICES, grade, price, readPrices } = require('./prices');
const { loadsNeeded, invoice } = require('./loads');

module.exports = { PRICES, grade, price, readPrices, loadsNeeded, invoice };
