import type { Kind, Party } from './types';

const PENCE: Record<Kind, number> = { adult: 1600, child: 800, concession: 1200 };
// Two adults and up to three children.
const FAMILY_PENCE = 4000;

export function separately(party: Party): number {
  return party.adult * PENCE.adult + party.child * PENCE.child + party.concession * PENCE.concession;
}

export function familyFits(party: Party): boolean {
  return party.adult === 2 && party.concession === 0 && party.child >= 1 && party.child <= 3;
}

// The desk sells a family ticket when the party fits one and it costs less.
export function price(party: Party): number {
  if (!familyFits(party)) return separately(party);
  return Math.min(FAMILY_PENCE, separately(party));
}

export function visitors(party: Party): number {
  return party.adult + party.child + party.concession;
}
