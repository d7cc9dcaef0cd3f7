const score = require('./score');
const match = require('./match');
const stats = require('./stats');

module.exports = { ...score, ...match, ...stats };
