const { draw, generator } = require('./draw');
const { PRIZES, prizeList } = require('./prizes/table');
const { cost, Ledger } = require('./tickets');

module.exports = { cost, draw, generator, Ledger, PRIZES, prizeList };
