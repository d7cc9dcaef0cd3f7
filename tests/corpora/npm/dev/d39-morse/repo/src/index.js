const { codeOf, symbolOf } = require('./alphabet');
const { encode, decode, isValid } = require('./morse');
const { symbolUnits, messageUnits, unitMillis, durationMillis } = require('./timing');

module.exports = { codeOf, symbolOf, encode, decode, isValid, symbolUnits, messageUnits, unitMillis, durationMillis };
