import type { Commission, WarpSpec } from './types';

export const warpEnds = ({ warp, widthCm }: WarpSpec): number => Math.round(warp * widthCm);

export function onTheLoom(draft: Commission): Commission {
  return { ...draft, status: 'on the loom' };
}

// The commissions book is typed on one machine and the loom rota on another, so a name with an accent can come
// in two Unicode forms (e with its diaeresis as one code point, or as e followed by a combining mark).
export function workload(weaver: string, book: Commission[]): { titles: string[]; ends: number } {
  const ends = new Map(book.map((commission) => [commission.title, warpEnds(commission.spec)]));
  const wanted = weaver.normalize('NFC');
  const mine = book.filter((commission) => commission.weaver.normalize('NFC') === wanted);
  return {
    titles: mine.map((commission) => commission.title),
    ends: mine.reduce((sum, commission) => sum + (ends.get(commission.title) ?? 0), 0),
  };
}
