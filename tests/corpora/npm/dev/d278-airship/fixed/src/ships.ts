export type Envelope = 'rigid' | 'semi-rigid' | 'blimp';

export interface Airship {
  name: string;
  volumeM3: number;
  envelope?: Envelope; // a ship registered without one is a blimp
}

// What a cubic metre of helium lifts once the envelope's own structure is carried, in kg.
const USEFUL_LIFT_KG_PER_M3: Record<Envelope, number> = { rigid: 0.6, 'semi-rigid': 0.8, blimp: 0.9 };

export function usefulLiftKg(ship: Airship): number {
  return Math.round(ship.volumeM3 * USEFUL_LIFT_KG_PER_M3[ship.envelope ?? 'blimp']);
}

export function register(name: string, spec: { volumeM3: number; envelope?: Envelope }): Airship {
  return { name, ...spec };
}
