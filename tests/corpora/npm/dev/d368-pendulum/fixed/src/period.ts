export const G = 9.81;

// A simple pendulum swings with the period T = 2 pi sqrt(L / g).
export function periodS(lengthM: number, g: number = G): number {
  return 2 * Math.PI * Math.sqrt(lengthM / g);
}

// The escapement lets a tooth go at every swing, and a period has two of them.
export function beatsPerHour(lengthM: number): number {
  return Math.round(3600 / (periodS(lengthM) / 2));
}

export interface Swing {
  lengthM: number;
  amplitudeDeg: number;
}

// A wide swing takes longer than the small one the formula above assumes: theta squared over 16 of
// every period, theta being the amplitude in radians.
export function circularLossSPerDay(swing: Swing): number {
  const theta = (swing.amplitudeDeg * Math.PI) / 180;
  return Math.round((86400 * theta ** 2) / 16);
}

export function lengthFor(periodWantedS: number): number {
  return Math.round(G * (periodWantedS / (2 * Math.PI)) ** 2 * 1000) / 1000;
}
