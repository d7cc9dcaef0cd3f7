const { DEFAULT_RATING, expectedScore, kFactor, roundRating } = require('./rating');
const { League, RESULTS } = require('./league');

module.exports = { DEFAULT_RATING, expectedScore, kFactor, roundRating, League, RESULTS };
