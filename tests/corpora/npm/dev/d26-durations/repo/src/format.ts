import { MS_PER, UNITS, type Unit } from './units.js';

const NAMES: Record<Unit, [string, string]> = {
  w: ['week', 'weeks'],
  d: ['day', 'days'],
  h: ['hour', 'hours'],
  m: ['minute', 'minutes'],
  s: ['second', 'seconds'],
  ms: ['millisecond', 'milliseconds'],
};

export interface FormatOptions {
  /** "1 hour 30 minutes" instead of "1h 30m". */
  long?: boolean;
  /** Keep only this many units, the largest ones; the rest is dropped (rounded down). */
  largest?: number;
}

/** formatDuration(5_400_000) → "1h 30m"; units that are zero are left out. */
export function formatDuration(ms: number, options: FormatOptions = {}): string {
  const { long = false, largest = UNITS.length } = options;
  if (!Number.isFinite(ms)) {
    throw new RangeError(`not a duration: ${ms}`);
  }
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  const parts: string[] = [];
  for (const unit of UNITS) {
    const count = Math.floor(ms / MS_PER[unit]);
    rest -= count * MS_PER[unit];
    if (count > 0 && parts.length < largest) {
      parts.push(long ? `${count} ${NAMES[unit][count === 1 ? 0 : 1]}` : `${count}${unit}`);
  }
  if (parts.length === 0) {
    return long ? '0 milliseconds' : '0ms';
  }
  return sign + parts.join(' ');
}

/** A clock display: 3_723_000 → "1:02:03", 63_000 → "1:03". */
export function clock(ms: number): string {
  const totalSeconds = Math.floor(Math.abs(ms) / MS_PER.s);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  const sign = ms < 0 ? '-' : '';
  if (hours > 0) {
    return `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}`;
  }
  return `${sign}${minutes}:${seconds}`;
}
