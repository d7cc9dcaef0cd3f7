export interface Reading {
  sensor: 'ec' | 'ph' | 'temp';
  value: number;
}

export interface Crop {
  name: string;
  ecMin: number; // mS/cm
  ecMax: number;
  phMin: number;
  phMax: number;
}
