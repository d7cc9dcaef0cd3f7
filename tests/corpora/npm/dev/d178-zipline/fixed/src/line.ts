import type { Line } from './types.js';

export function makeLine(name: string, lengthM: number, dropM: number, twin = false): Line {
  const line: Line = { name, lengthM, dropM, rig: twin ? 'twin' : 'single' };
  if (dropM <= 0 || dropM >= lengthM) {
    throw new Error(`${name}: a drop of ${dropM} m does not fit a ${lengthM} m line`);
  }
  return line;
}

// The angle between the cable and the horizontal, in degrees.
export function slopeDegrees(line: Line): number {
  return (Math.atan2(line.dropM, line.lengthM) * 180) / Math.PI;
}

// Below 3 degrees a rider stalls before the end; above 8 the brake cannot stop them safely.
export function verdict(line: Line): 'stalls' | 'rideable' | 'too steep' {
  const slope = slopeDegrees(line);
  if (slope < 3) return 'stalls';
  if (slope > 8) return 'too steep';
  return 'rideable';
}
