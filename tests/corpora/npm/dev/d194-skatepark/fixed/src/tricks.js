const TRICK_POINTS = { ollie: 1, kickflip: 3, heelflip: 3, 'rock to fakie': 2, 'backside 180': 4 };
const FALL_PENALTY = 2;

function runScore(tricks, falls = 0) {
  const points = tricks.reduce(
    (total, trick) => total + (TRICK_POINTS[trick] ?? 0),
    0,
  );
  return Math.max(0, points - falls * FALL_PENALTY);
}

function ranking(runs) {
  return runs
    .map((run) => ({ rider: run.rider, score: runScore(run.tricks, run.falls) }))
    .sort((a, b) => b.score - a.score || a.rider.localeCompare(b.rider));
}

module.exports = { runScore, ranking };
