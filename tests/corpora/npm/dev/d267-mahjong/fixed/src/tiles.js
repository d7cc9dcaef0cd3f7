// A hand's points: honours (dragons and winds) count most, terminals (ones and nines) more than the simples,
// and no hand scores more than the table's limit.
export const LIMIT_POINTS = 8_000;

export function tileValue(tile) {
  if (tile.suit === 'dragon' || tile.suit === 'wind') return 10;
  return tile.rank === 1 || tile.rank === 9 ? 4 : 2;
}

export function handPoints(hand) {
  return Math.min(hand.reduce((sum, tile) => sum + tileValue(tile), 0) * 100, LIMIT_POINTS);
}

// The table's scanner gives a tile as { rank, suit } and the score sheet as { suit, rank }: two hands are the same
// when they hold the same tiles, in any order.
const tileKey = (tile) => `${tile.suit}:${tile.rank ?? ''}`;

export function sameHand(a, b) {
  const keys = (hand) => hand.map(tileKey).sort().join(' ');
  return keys(a) === keys(b);
}
