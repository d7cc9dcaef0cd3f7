const { toCents, formatCents, allocate } = require('./money');
const { rateFor, tipCents } = require('./tip');
const { summarize, splitBill, receipt } = require('./split');

module.exports = { toCents, formatCents, allocate, rateFor, tipCents, summarize, splitBill, receipt };
