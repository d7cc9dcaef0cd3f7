export interface Bed {
  id: string;
  areaM2: number;
  sown: string; // an ISO date, YYYY-MM-DD
}

export const BEDS: Bed[] = [
  { id: 'A1', areaM2: 12, sown: '2026-03-01' },
  { id: 'A2', areaM2: 8.5, sown: '2026-03-20' },
];

export function totalArea(beds: Bed[]): number {
  return beds.reduce((sum, bed) => sum + bed.areaM2, 0);
}
