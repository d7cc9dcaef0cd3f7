const { backRounds, plainHunt, rounds, swapPairs } = require('./changes');
const { Tower } = require('./tower');

// A touch sheet: the rows of a plain course, then back rounds, as the conductor prints it for the band.
function touchSheet(stage) {
  const rows = [...plainHunt(stage)];
  return [...rows, rounds(stage), backRounds(stage)].join('\n');
}

module.exports = { Tower, backRounds, plainHunt, rounds, swapPairs, touchSheet };
