import type { Player } from './throws';

// The stall's hit rate is every hit over every throw, as a whole percentage.
export function stallRate(players: Player[]): number {
  const hits = players.reduce((sum, player) => sum + player.hits, 0);
  const throws = players.reduce((sum, player) => sum + player.throws, 0);
  return Math.round((hits / throws) * 100);
}
