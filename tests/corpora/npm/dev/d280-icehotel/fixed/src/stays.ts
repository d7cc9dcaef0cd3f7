import type { Stay, Suite } from './types';

// Nightly rates in kronor; a stay booked without a suite gets a standard room.
const RATES: Record<Suite, number> = { standard: 2400, aurora: 4100, igloo: 3300 };

// The suffix of an English ordinal by its plural category ('one' for 1st, 21st; 'two' for 2nd; ...).
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ORDINALS = new Intl.PluralRules('en-GB', { type: 'ordinal' });

// A booking line: guest|nights|suite, the suite left empty for a standard room.
export function parseStay(line: string): Stay {
  const [guest, nights, suite] = line.split('|');
  return { guest, nights: Number.parseInt(nights, 10), suite: suite ? (suite as Suite) : undefined };
}

// A stay, or its booking line as it comes from the desk.
export function price(stay: Stay): number;
export function price(line: string): number;
export function price(stay: Stay | string): number {
  const booked = typeof stay === 'string' ? parseStay(stay) : stay;
  return booked.nights * RATES[booked.suite ?? 'standard'];
}

export function nightLabel(night: number): string {
  return `${night}${SUFFIX[ORDINALS.select(night)]} night`;
}

// The door cards of a stay, one a night.
export function cards(stay: Stay): string[] {
  return Array.from({ length: stay.nights }, (_, i) => `${stay.guest}, ${nightLabel(i + 1)}`);
}
