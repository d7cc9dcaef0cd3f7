export type Sediment = 'silt' | 'sand' | 'gravel';

const TONNES_PER_M3: Record<Sediment, number> = { silt: 1.3, sand: 1.9, gravel: 2.1 };

// Most of a harbour's spoil is silt washed down the river.
export function spoilTonnes(volumeM3: number, sediment: Sediment = 'silt'): number {
  return Math.round(volumeM3 * TONNES_PER_M3[sediment]);
}

export function hopperTrips(tonnes: number, hopperTonnes: number): number {
  return Math.ceil(tonnes / hopperTonnes);
}
