export interface Telescope {
  apertureMm: number;
  focalMm: number;
}

export interface Eyepiece {
  label: string;
  focalMm: number;
  apparentFieldDeg: number;
}

export interface Target {
  name: string;
  magnitude: number;
  altitudeDeg: number;
  // The magnification the object shows best at (small for wide clusters, large for planets).
  idealPower: number;
}

export interface PlanEntry {
  target: string;
  eyepiece: string;
  power: number;
}
