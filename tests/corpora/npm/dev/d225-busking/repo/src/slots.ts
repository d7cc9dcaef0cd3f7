import type { Slot } from './types';

// The council's rota writes a slot as 'P3 10:30-12:00'.
const SLOT = /^(?P<pitch>P\d+) (?P<sh>\d{2}):(?P<sm>\d{2})-(?P<eh>\d{2}):(?P<em>\d{2})$/;

export function parseSlot(text: string): Slot {
  const match = SLOT.exec(text.trim());
  if (!match?.groups) throw new Error(`not a slot: ${text}`);
  const { pitch, sh, sm, eh, em } = match.groups;
  return { pitch, start: Number(sh) * 60 + Number(sm), end: Number(eh) * 60 + Number(em) };
}

export function clashes(a: Slot, b: Slot): boolean {
  return a.pitch === b.pitch && a.start < b.end && b.start < a.end;
}

export function minutesPlayed(slots: Slot[]): number {
  return slots.reduce((sum, slot) => sum + (slot.end - slot.start), 0);
}
