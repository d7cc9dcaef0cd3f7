const { parseBout, poolResults } = require('./pool');
const { seed, tableau } = require('./seeding');

module.exports = { parseBout, poolResults, seed, tableau };
