import type { Shell } from './types';

const shells: Shell[] = [
  { name: 'peony-red', calibreMm: 75, colour: 'red', burstSeconds: 3 },
  { name: 'willow-gold', calibreMm: 100, colour: 'gold', burstSeconds: 6 },
  { name: 'chrysanthemum-blue', calibreMm: 125, colour: 'blue', burstSeconds: 5 },
  { name: 'strobe-white', calibreMm: 50, colour: 'white', burstSeconds: 8 },
];

export const CATALOGUE: ReadonlyMap<string, Shell> = new Map(shells.map((shell) => [shell.name, shell]));
