export function fleeceTotalKg(animals) {
  return animals.map((alpaca) => alpaca.fleeceKg).reduce((sum, kg) => sum + kg, 0);
}

// Fine fleeces (under 20 microns) fetch the best price; the rest are graded by the next bound they stay under.
const GRADES = [
  { under: 20, grade: 'royal' },
  { under: 23, grade: 'superfine' },
  { under: 27, grade: 'fine' },
];

export function gradeFleece(microns) {
  return GRADES.find((row) => microns < row.under)?.grade ?? 'coarse';
}
