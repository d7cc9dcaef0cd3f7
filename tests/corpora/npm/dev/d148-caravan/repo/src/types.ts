export type Extra = 'awning' | 'dog' | 'car';

export interface Pitch {
  id: string;
  kind: 'grass' | 'hardstanding';
  electric: boolean;
}

export interface Booking {
  pitch: string;
  arrive: string; // YYYY-MM-DD
  leave: string;
  extras: Extra[];
}
