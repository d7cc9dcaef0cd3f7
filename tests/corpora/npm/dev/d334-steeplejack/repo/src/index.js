const ropes = require('./ropes/');
const ladders = require('./ladders');

module.exports = { ...ropes, ...ladders };
