export interface Trail {
  id: number;
  name: string;
  lengthKm: number;
  widthM: number;
}

export const TRAILS: Trail[] = [
  { id: 3, name: 'Birch Run', lengthKm: 2.4, widthM: 13 },
  { id: 7, name: 'Fox Gully', lengthKm: 1.5, widthM: 9 },
  { id: 12, name: 'Long Meadow', lengthKm: 4.2, widthM: 22 },
];

// The tiller behind a snowcat grooms a strip this wide in one pass.
export const TILLER_M = 5.5;

export function passesFor(trail: Trail): number {
  return Math.ceil(trail.widthM / TILLER_M);
}

export function trailById(id: number): Trail {
  const trail = TRAILS.find((candidate) => candidate.id === id);
  if (trail === undefined) throw new Error(`no trail ${id}`);
  return trail;
}
