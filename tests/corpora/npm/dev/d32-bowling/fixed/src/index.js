const { splitFrames, isComplete } = require('./frames');
const { runningTotals, score } = require('./score');

module.exports = { splitFrames, isComplete, runningTotals, score };
