export interface Reading {
  day: number;
  gravity: number;
}

export function abv(og: number, fg: number): number {
  return Math.round((og - fg) * 131.25 * 10) / 10;
}

export function lowest(readings: Reading[]): number {
  return Math.min(...readings.map((r) => r.gravity));
}

export function parseReading(line: string): Reading {
  const [day, gravity] = line.split(',');
  return { day: Number(day), gravity: Number.parseFloat(gravity) };
}
