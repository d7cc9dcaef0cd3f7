// Each horse carries one rider and each chariot two.
const MOUNTS = [
  { name: 'Bluebell', kind: 'horse', seats: 1 },
  { name: 'Captain', kind: 'horse', seats: 1 },
  { name: 'Duchess', kind: 'chariot', seats: 2 },
  { name: 'Pepper', kind: 'horse', seats: 1 },
  { name: 'Regent', kind: 'chariot', seats: 2 },
];

function seatsPerTurn() {
  return MOUNTS.reduce((sum, mount) => sum + mount.seats, 0);
}

// The share of the seats taken on a turn, as a whole percentage.
function loadPercent(riders) {
  return Math.round(riders / seatsPerTurn()) * 100;
}

module.exports = { MOUNTS, loadPercent, seatsPerTurn };
