const households = require('./households');
const stats = require('./stats');

module.exports = { ...households, ...stats };
