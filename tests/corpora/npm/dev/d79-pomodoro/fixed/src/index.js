const timer = require('./timer');
const plan = require('./plan');
const stats = require('./stats');

module.exports = { ...timer, ...plan, ...stats };
