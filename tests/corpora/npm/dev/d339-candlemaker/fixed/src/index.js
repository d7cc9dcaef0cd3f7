const { pourTemperature, waxGrams } = require('./wax');
const { fragranceGrams, planBatch } = require('./batch');

module.exports = { fragranceGrams, planBatch, pourTemperature, waxGrams };
