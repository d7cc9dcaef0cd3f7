export interface Reading {
  station: string;
  fromDeg: number;
  kmh: number;
}

export interface Site {
  name: string;
  facingDeg: number;
  maxKnots: number;
}

export interface Slot {
  hour: number;
  slot: number;
}

export interface Briefing {
  site: string;
  knots: number;
  launch: Slot | null;
}
