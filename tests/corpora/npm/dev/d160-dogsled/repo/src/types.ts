export type Position = 'lead' | 'swing' | 'team' | 'wheel';

export interface Dog {
  name: string;
  position: Position;
  weightKg: number;
  ageYears: number;
}

export interface Checkpoint {
  name: string;
  km: number;
  restMinutes: number;
}

export interface Arrival {
  checkpoint: string;
  arrive: string;
  depart: string;
}
