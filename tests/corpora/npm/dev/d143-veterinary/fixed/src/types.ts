export type Species = 'dog' | 'cat' | 'rabbit';

export interface Patient {
  name: string;
  species: Species;
  weightKg: number;
}

export interface Drug {
  name: string;
  mgPerKg: Record<Species, number>;
  maxMg: number; // the most one dose may hold, whatever the weight
  tabletMg: number;
}
