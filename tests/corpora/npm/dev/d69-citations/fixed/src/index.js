const authors = require('./authors');
const reference = require('./reference');
const list = require('./list');

module.exports = { ...authors, ...reference, ...list };
