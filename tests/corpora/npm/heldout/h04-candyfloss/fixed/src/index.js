const { Cone } = require('./cone');
const { sugarFor } = require('./flavours');

// Orders are called by letter: the first of the day is A, the next B, and after Z comes A again.
function ticketLetter(index) {
  return String.fromCharCode(65 + (index % 26));
}

function spin(flavour) {
  return new Cone(flavour, sugarFor(flavour));
}

function sugarNeeded(flavours) {
  return flavours.reduce((sum, flavour) => sum + spin(flavour).grams, 0);
}

module.exports = { spin, sugarNeeded, ticketLetter };
