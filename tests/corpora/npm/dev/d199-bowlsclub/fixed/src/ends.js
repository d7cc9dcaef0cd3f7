// One end of lawn bowls: when every bowl is down, the side with the bowl nearest the jack scores a
// shot for each of its bowls that lies nearer than the other side's nearest.

function sideOf(bowl) {
  if (bowl.side === 'home' || bowl.side === 'away') return bowl.side;
  throw new Error(`unknown side: ${bowl.side}`);
}

function nearestOf(bowls, side) {
  return Math.min(...bowls.filter((bowl) => sideOf(bowl) === side).map((bowl) => bowl.cm));
}

function scoreEnd(bowls) {
  const home = nearestOf(bowls, 'home');
  const away = nearestOf(bowls, 'away');
  if (home === away) return { side: null, shots: 0 };
  const side = home < away ? 'home' : 'away';
  const beaten = Math.min(home, away) === home ? away : home;
  const shots = bowls.filter((bowl) => bowl.side === side && bowl.cm < beaten).length;
  return { side, shots };
}

module.exports = { scoreEnd };
