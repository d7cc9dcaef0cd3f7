export interface Ship {
  name: string;
  iceClass: string;
  openWaterKn: number;
}

// The thickest level ice, in metres, each polar class goes through on its own.
export const ICE_LIMIT_M: Record<string, number> = {
  PC3: 3.0,
  PC5: 1.5,
  PC7: 0.7,
};

export function canBreak(ship: Ship, iceM: number): boolean {
  return iceM <= (ICE_LIMIT_M[ship.iceClass] ?? 0);
}

// Ice slows a ship in proportion to how much of its limit the ice takes up.
export function speedInIceKn(ship: Ship, iceM: number): number {
  const limit = ICE_LIMIT_M[ship.iceClass] ?? 0;
  if (iceM >= limit) return 0;
  return Math.round(ship.openWaterKn * (1 - iceM / limit) * 10) / 10;
}
