import { MS_PER, unitOf } from './units.js';

const PART = /(\d+(?:\.\d+)?)\s*([a-z]+)/gi;
const SEPARATORS = /[\s,]+|\band\b/gi;

/**
 * Milliseconds in "1h30m", "1.5 hours", "2 days, 4 hours and 10 minutes" or "-15m". A bare
 * number is already milliseconds.
 */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return Number(trimmed);
  }
  const negative = trimmed.startsWith('-');
  const body = negative ? trimmed.slice(1) : trimmed;
  const leftover = body.replace(PART, '').replace(SEPARATORS, '');
  if (body === '' || leftover !== '') {
    throw new Error(`invalid duration: ${JSON.stringify(text)}`);
  }
  let total = 0;
  for (const match of body.matchAll(PART)) {
    total += Number(match[1]) * MS_PER[unitOf(match[2])];
  }
  return Math.round(negative ? -total : total);
}

/** The time from `start` to `end` in milliseconds (negative when end comes first). */
export function between(start: Date | number, end: Date | number): number {
  return new Date(end).getTime() - new Date(start).getTime();
}
