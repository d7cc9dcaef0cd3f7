import type { Cut } from './types';

export const DEFAULT_CUTS = ['heads', 'hearts', 'tails'] as const;

// The cuts a run is collected into, in the order they come off the still; a pot still may add foreshots first.
export function cutsFor(withForeshots: boolean): Cut[] {
  const cuts: Cut[] = [...DEFAULT_CUTS];
  if (withForeshots) cuts.unshift('foreshots');
  return cuts;
}

// The hearts are kept while the spirit runs between these strengths.
export function cutAt(abv: number, hearts: { from: number; to: number }): Cut {
  if (abv > hearts.from) return 'heads';
  if (abv >= hearts.to) return 'hearts';
  return 'tails';
}
