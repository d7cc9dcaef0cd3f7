const money = require('./money');
const auction = require('./auction');
const report = require('./report');

module.exports = { ...money, ...auction, ...report };
