const wall = require('./wall');
const batter = require('./batter');

module.exports = { ...wall, ...batter };
