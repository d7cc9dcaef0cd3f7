export type Kind = 'adult' | 'child' | 'concession';

export interface Party {
  adult: number;
  child: number;
  concession: number;
}

export interface Slot {
  time: string;
  left: number;
}
