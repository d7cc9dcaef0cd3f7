import type { Pitch, Slot } from './types';

export const BOOKING_SITE = 'https://busk.example.org';

// The link the council texts to a busker: the pitch's page, with the act's name and the slot's start.
export function bookingLink(pitch: Pitch, act: string, slot: Slot): string {
  const url = new URL(`/pitches/${pitch.id}`);
  // Names of acts hold spaces, ampersands and the odd '#', and the query must carry them whole.
  return `${url.href}?act=${encodeURI(act)}&start=${slot.start}`;
}

export function allowed(pitch: Pitch, act: { amplified: boolean; decibels: number }): boolean {
  if (act.amplified && !pitch.amplified) return false;
  return act.decibels <= pitch.maxDecibels;
}
