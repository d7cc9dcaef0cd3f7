export type Snow = 'powder' | 'packed' | 'crust';

export interface Leg {
  name: string;
  km: number;
  snow: Snow;
}

export interface Trail {
  name: string;
  legs: Leg[];
}
