import type { Rider } from './types';

// A group books together and pays a flat rate per head; a single rider pays by age.
interface Group {
  label: string;
  riders: Rider[];
}

export type Party = Rider | Group;

const GROUP_RATE = 7;

export function fareFor(party: Party): number {
  if ('riders' in party) return party.riders.length * GROUP_RATE;
  if (party.age < 4) return 0;
  return party.age < 16 ? 5 : 9;
}

export function ridersOf(party: Party): Rider[] {
  return 'riders' in party ? party.riders : [party];
}
