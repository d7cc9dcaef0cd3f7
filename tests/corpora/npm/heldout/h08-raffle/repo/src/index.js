const { draw, generator } = require('./draw');
const { PRIZES, prizeList } = require('./prizes');
const { cost, Ledger } = require('./tickets');

module.exports = { cost, draw, generator, Ledger, PRIZES, prizeList };
