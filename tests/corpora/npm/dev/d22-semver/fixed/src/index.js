const { parse, valid, format } = require('./parse');
const { compare, sort, max } = require('./compare');
const { satisfies, maxSatisfying } = require('./range');

module.exports = { parse, valid, format, compare, sort, max, satisfies, maxSatisfying };
