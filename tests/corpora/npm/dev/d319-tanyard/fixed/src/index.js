const pits = require('./pits');
const grade = require('./grade');

module.exports = { ...pits, ...grade };
