const { castleFor } = require('./castle');
const { clockOf, hirePence } = require('./hire');

function quote(gardenM, minutes, delivered) {
  const castle = castleFor(gardenM);
  if (!castle) {
    return { castle: 'none fits', pence: 0, time: clockOf(minutes) };
  }
  return { castle: castle.name, pence: hirePence(castle, minutes, delivered), time: clockOf(minutes) };
}

module.exports = { quote };
