const score = require('./score');
const ranking = require('./ranking');

module.exports = { ...score, ...ranking };
