export type Rig = 'single' | 'twin';

export interface Line {
  name: string;
  lengthM: number;
  dropM: number;
  rig: Rig;
}

export interface Limits {
  minKg: number;
  maxKg: number;
}
