const level = require('./level');
const moves = require('./moves');
const render = require('./render');

module.exports = { ...level, ...moves, ...render };
