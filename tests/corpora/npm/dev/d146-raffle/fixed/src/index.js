const { draw, generator } = require('./draw');
const { PRIZES, prizeList } = require('./prizes/table');
const { cost, formatPence, Ledger } = require('./tickets');

module.exports = { cost, draw, formatPence, generator, Ledger, PRIZES, prizeList };
