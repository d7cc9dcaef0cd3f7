import type { Drug, Patient } from '../types';

export function doseMg(drug: Drug, patient: Patient): number {
  const perKg = drug.mgPerKg[patient.species];
  if (perKg === 0) throw new Error(`${drug.name} is not given to a ${patient.species}`);
  // Doses are measured to a hundredth of a milligram.
  return Math.round(Math.min(perKg * patient.weightKg, drug.maxMg) * 100) / 100;
}

// Tablets can be split in quarters; round the dose to the nearest quarter tablet.
export function tablets(drug: Drug, patient: Patient): number {
  return Math.round((doseMg(drug, patient) / drug.tabletMg) * 4) / 4;
}
