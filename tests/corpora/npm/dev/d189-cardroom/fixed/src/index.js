const { parseCard, formatCard } = require('./cards');
const { describeHand } = require('./hands');
const { choose, probability, oneIn } = require('./odds');

module.exports = { parseCard, formatCard, describeHand, choose, probability, oneIn };
