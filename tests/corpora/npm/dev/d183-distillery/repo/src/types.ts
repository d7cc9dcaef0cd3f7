export interface Cask {
  id: string;
  wood: 'bourbon' | 'sherry' | 'virgin oak';
  litres: number;
  abv: number;
}

export type Cut = 'foreshots' | 'heads' | 'hearts' | 'tails' | 'feints';
