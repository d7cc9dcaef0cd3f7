import type { Drug } from '../types';

export const DRUGS: Record<string, Drug> = {
  meloxicam: { name: 'meloxicam', mgPerKg: { dog: 0.1, cat: 0.05, rabbit: 0.3 }, maxMg: 4, tabletMg: 1 },
  amoxicillin: { name: 'amoxicillin', mgPerKg: { dog: 10, cat: 10, rabbit: 0 }, maxMg: 500, tabletMg: 50 },
};

export function drug(name: string): Drug {
  const found = DRUGS[name];
  if (!found) throw new Error(`unknown drug: ${name}`);
  return found;
}
