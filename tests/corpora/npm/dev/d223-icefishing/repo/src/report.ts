import { Hut } from './huts';
import { isLicence } from 'h05-icefishing/src/licences';
import type { HutLine } from './types';

export function hutReport(huts: Hut[]): HutLine[] {
  return huts.map((hut) => {
    const best = hut.heaviest();
    return { hut: hut.id, catches: hut.catches.length, heaviest: best ? `${best.species} ${best.grams} g` : null };
  });
}

export function badLicences(codes: string[]): string[] {
  return codes.filter((code) => !isLicence(code));
}
