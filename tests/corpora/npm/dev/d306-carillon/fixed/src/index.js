const { Carillon } = require('./bells');
const { rounds, plainHunt } = require('./changes');
const { touch, ringTouch } = require('./peal');

module.exports = { Carillon, rounds, plainHunt, touch, ringTouch };
