import { describe, expect, it } from 'vitest';
import { allowed, bookingLink, clashes, minutesPlayed, parseSlot } from '../src/index';
import type { Pitch } from '../src/index';

const MARKET_CROSS: Pitch = { id: 'P3', street: 'Market Cross', maxDecibels: 85, amplified: false };

describe('slots', () => {
  it('reads a slot from the rota', () => {
    expect(parseSlot('P3 10:30-12:00')).toEqual({ pitch: 'P3', start: 630, end: 720 });
    expect(() => parseSlot('P3 half ten')).toThrow('not a slot: P3 half ten');
  });

  it('finds two slots that overlap on the same pitch', () => {
    const a = parseSlot('P3 10:30-12:00');
    expect(clashes(a, parseSlot('P3 11:45-13:00'))).toBe(true);
    expect(clashes(a, parseSlot('P3 12:00-13:00'))).toBe(false);
    expect(clashes(a, parseSlot('P4 11:00-11:30'))).toBe(false);
    expect(minutesPlayed([a, parseSlot('P4 11:00-11:30')])).toBe(120);
  });
});

describe('bookings', () => {
  it('keeps amplified and loud acts off a quiet pitch', () => {
    expect(allowed(MARKET_CROSS, { amplified: false, decibels: 80 })).toBe(true);
    expect(allowed(MARKET_CROSS, { amplified: true, decibels: 70 })).toBe(false);
    expect(allowed(MARKET_CROSS, { amplified: false, decibels: 90 })).toBe(false);
  });

  it('texts a link that names the act and the start', () => {
    const link = bookingLink(MARKET_CROSS, 'Salt & Vinegar', parseSlot('P3 10:30-12:00'));
    expect(link).toBe('https://busk.example.org/pitches/P3?act=Salt%20%26%20Vinegar&start=630');
    expect(new URL(link).searchParams.get('act')).toBe('Salt & Vinegar');
  });
});
