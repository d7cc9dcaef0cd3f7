import { Bed, ageInSummers } from './beds';

// Pacific oysters are sold by weight grade: 1 is the largest. [lightest weight in grams, grade]
const GRADES: Array<[number, number]> = [[120, 1], [90, 2], [66, 3], [46, 4]];

export function gradeOf(grams: number): number {
  const grade = GRADES.find(([minGrams]) => grams >= minGrams);
  return grade ? grade[1] : 0;
}

export function readyBeds(beds: Bed[], year: number): string[] {
  return beds.filter((bed) => ageInSummers(bed, year) >= 3).map((bed) => bed.id);
}

export function gradeTally(weights: number[]): Record<number, number> {
  const tally: Record<number, number> = {};
  for (const grams of weights) {
    const grade = gradeOf(grams);
    tally[grade] = (tally[grade] ?? 0) + 1;
  }
  return tally;
}
