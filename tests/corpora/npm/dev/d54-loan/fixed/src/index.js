const { monthlyRate, monthlyPayment } = require('./payment');
const { amortize, totalInterest } = require('./schedule');
const { parseOffer, compare } = require('./offer');

module.exports = { monthlyRate, monthlyPayment, amortize, totalInterest, parseOffer, compare };
