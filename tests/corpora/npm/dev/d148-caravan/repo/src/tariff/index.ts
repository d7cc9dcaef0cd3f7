import { isPeak, nightsOf } from '../dates.js';
import type { Booking, Extra, Pitch } from '../types.js';

const BASE_PENCE = { grass: 1800, hardstanding: 2200 };
const PEAK_PENCE = { grass: 2600, hardstanding: 3100 };
const ELECTRIC_PENCE = 450;
// Extras are charged per night; a dog costs nothing out of season.
const EXTRAS = new Map<Extra, { off: number; peak: number }>([
  ['awning', { off: 300, peak: 500 }],
  ['dog', { off: 0, peak: 200 }],
  ['car', { off: 150, peak: 150 }],
]);

export function nightlyPence(pitch: Pitch, day: string): number {
  const table = isPeak(day) ? PEAK_PENCE : BASE_PENCE;
  return table[pitch.kind] + (pitch.electric ? ELECTRIC_PENCE : 0);
}

export function extrasPence(extras: Extra[], day: string): number {
  const season = isPeak(day) ? 'peak' : 'off';
  return extras.reduce((sum, extra) => sum + (EXTRAS.get(extra)?.[season] ?? 0), 0);
}

export function bookingPence(pitch: Pitch, booking: Booking): number {
  return nightsOf(booking.arrive, booking.leave).reduce(
    (sum, night) => sum + nightlyPence(pitch, night) + extrasPence(booking.extras, night),
    0,
  );
}
