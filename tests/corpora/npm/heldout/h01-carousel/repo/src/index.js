const { MOUNTS, loadPercent, seatsPerTurn } = require('./Horses');
const { balances, fareDue } = require('./tickets');

// A queue is served in whole turns, the last one perhaps part full.
function turnsFor(queue) {
  return Math.ceil(queue / seatsPerTurn());
}

function mountNames() {
  return MOUNTS.map((mount) => mount.name);
}

module.exports = { balances, fareDue, loadPercent, mountNames, turnsFor };
