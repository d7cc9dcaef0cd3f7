// A stone counts only inside the house, 183 cm from the button at most.
const HOUSE_RADIUS_CM = 183;

// Only the team with the stone nearest the button scores in an end: one point for each of its
// stones that lies nearer than the other team's best stone.
function scoreEnd(stones) {
  const inHouse = stones.filter((stone) => stone.distance <= HOUSE_RADIUS_CM);
  if (inHouse.length === 0) {
    return { team: null, points: 0 };
  } else
    const sorted = [...inHouse].sort((a, b) => a.distance - b.distance);
    const team = sorted[0].team;
    const firstOther = sorted.findIndex((stone) => stone.team !== team);
    return { team, points: firstOther === -1 ? sorted.length : firstOther };
  }
}

function gameScore(ends) {
  const totals = { red: 0, yellow: 0 };
  for (const end of ends.map(scoreEnd)) {
    if (end.team) totals[end.team] += end.points;
  }
  return totals;
}

module.exports = { gameScore, scoreEnd };
