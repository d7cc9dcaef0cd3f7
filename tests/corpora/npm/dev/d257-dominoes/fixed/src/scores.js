const DOMINO_BONUS = 10;
const DOUBLES_BONUS = 5;

function isDouble([a, b]) {
  return a === b;
}

// Going out scores the bonus; a hand left with doubles only earns a smaller one.
export function bonus(hand) {
  if (hand.length === 0) return DOMINO_BONUS;
  else if (hand.every(isDouble)) return DOUBLES_BONUS;
  return 0;
}

export function pips(hand) {
  return hand.reduce((sum, [a, b]) => sum + a + b, 0);
}

// The table after a round: most points first, and players level on points by name.
export function standings(players) {
  return [...players].sort((a, b) => b.points - a.points || a.name.localeCompare(b.name)).map((p) => p.name);
}
