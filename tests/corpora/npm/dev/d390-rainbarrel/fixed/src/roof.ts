export interface Roof {
  areaM2: number;
  material: 'metal' | 'tile' | 'felt';
}

// The share of the rain on a roof that reaches the gutter; the rest soaks in or splashes off.
const RUNOFF: Record<Roof['material'], number> = { metal: 0.95, tile: 0.9, felt: 0.8 };

export function litresFrom(roof: Roof, rainMm: number): number {
  return Math.round(roof.areaM2 * rainMm * RUNOFF[roof.material]);
}

export function weeklyRainMm(readings: string): number {
  return readings
    .split(' ')
    .filter((reading) => reading !== '')
    .reduce((sum, reading) => sum + Number(reading), 0);
}
