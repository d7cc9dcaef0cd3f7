const harvest = require('./harvest');
const blocks = require('./blocks');

module.exports = { ...harvest, ...blocks };
