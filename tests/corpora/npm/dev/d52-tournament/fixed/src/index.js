const { roundRobin, byes } = require('./schedule');
const { POINTS, goalDifference, standings } = require('./standings');
const { formatTable } = require('./table');

module.exports = { roundRobin, byes, POINTS, goalDifference, standings, formatTable };
