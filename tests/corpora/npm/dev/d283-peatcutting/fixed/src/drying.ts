import type { Bank } from './banks';

export interface Stack {
  bank: string;
  turves: number;
  stackDay: number;
}

// Turves dry on the bank for 21 days before they are stacked.
const DRYING_DAYS = 21;
const WHEN = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

export function stackFor(bank: Bank, metres: number, cutDay: number): Stack {
  return { bank: bank.name, turves: bank.cut(metres), stackDay: cutDay + DRYING_DAYS };
}

// The stacks a day later, each turned once more, for the crofter's list; the list passed in is kept as it was.
export function turnedStacks(stacks: Stack[]): Stack[] {
  const copy = stacks.map((stack) => ({ ...stack }));
  for (const stack of copy) stack.stackDay += 1;
  return copy;
}

export function whenLabel(stack: Stack, today: number): string {
  return `${stack.bank}: stack ${WHEN.format(stack.stackDay - today, 'day')}`;
}
