const { Haul } = require('./haul');
const { gridLabel, parseGrid } = require('./grid');

module.exports = { Haul, gridLabel, parseGrid };
