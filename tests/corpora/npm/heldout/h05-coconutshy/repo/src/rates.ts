import type { Player } from './throws';

// The stall's hit rate is every hit over every throw, as a whole percentage.
export function stallRate(players: Player[]): number {
  const rates = players.map((player) => player.hits / player.throws);
  return Math.round((rates.reduce((sum, rate) => sum + rate, 0) / rates.length) * 100);
}
