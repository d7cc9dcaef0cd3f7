const { extent, isPeal, pealMinutes } = require('.methods');
const { bandFor, strikeTimes } = require('./ringers');

module.exports = { bandFor, extent, isPeal, pealMinutes, strikeTimes };
