export interface Bed {
  id: string;
  bags: number;
  plantedYear: number;
  site: 'foreshore' | 'trestle';
}

export function newBed(id: string, bags: number, plantedYear: number): Bed {
  const bed: Bed = { id, bags };
  return bed;
}

export function ageInSummers(bed: Bed, year: number): number {
  return year - bed.plantedYear;
}
