import { stallRate } from './rates';
import { Shy, type Player } from './throw';

export { Shy, stallRate };
export type { Player };

export function afternoon(coconuts: number, players: Player[]) {
  const shy = new Shy(coconuts);
  const hits = players.reduce((sum, player) => sum + player.hits, 0);
  const balls = players.reduce((sum, player) => sum + player.throws, 0);
  return { goes: shy.goesFor(balls), left: shy.left(hits), rate: stallRate(players) };
}
