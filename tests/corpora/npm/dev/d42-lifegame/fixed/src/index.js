const cells = require('./cells');
const pattern = require('./pattern');
const life = require('./life');

module.exports = { ...cells, ...pattern, ...life };
