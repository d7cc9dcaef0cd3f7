const { parseLot, parseLandings } = require('./lots');
const { openingPence } = require('./prices');
const { sell, sellAll } = require('./auction');

module.exports = { parseLot, parseLandings, openingPence, sell, sellAll };
