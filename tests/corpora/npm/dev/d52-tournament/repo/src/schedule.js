// A round-robin by the circle method: the first team stays put, the others turn round it one place a
// round, so that every pair meets exactly once. An odd field gets a bye (null) that one team sits out.
function roundRobin(teams) {
  if (new Set(teams).size !== teams.length) {
    throw new Error('team names must be unique');
  }
  const slots = teams.length % 2 === 0 ? [...teams] : [...teams, null];
  const half = slots.length / 2;
  const rounds = [];
  for (let round = 0; round < slots.length - 1; round++) {
    const pairs = [];
    for (let i = 0; i < half; i++) {
      const a = slots[i];
      const b = slots[slots.length - 1 - i];
      if (a !== null && b !== null) {
        // Alternate who plays at home, so that the fixed team is not at home every round.
        pairs.push(round % 2 === 0 ? [a, b] : [b, a]);
      }
    rounds.push(pairs);
    slots.splice(0, 0, slots.pop());
  }
  return rounds;
}

function byes(teams) {
  if (teams.length % 2 === 0) {
    return [];
  }
  return roundRobin(teams).map((pairs) => teams.find((team) => !pairs.some((pair) => pair.includes(team))));
}

module.exports = { roundRobin, byes };
