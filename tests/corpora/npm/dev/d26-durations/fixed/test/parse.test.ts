import { describe, expect, it } from 'vitest';
import { between, parseDuration } from '../src/parse.js';

describe('parseDuration', () => {
  it('reads compact and spelt-out units', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('1.5 hours')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1 week')).toBe(604_800_000);
  });

  it('adds up every part', () => {
    expect(parseDuration('2 days, 4 hours and 10 minutes')).toBe(2 * 86_400_000 + 4 * 3_600_000 + 600_000);
    expect(parseDuration('1m 1s 1ms')).toBe(61_001);
  });

  it('takes a bare number as milliseconds and a leading minus as negative', () => {
    expect(parseDuration(' 1500 ')).toBe(1500);
    expect(parseDuration('-15m')).toBe(-900_000);
  });

  it('refuses what it cannot read', () => {
    expect(() => parseDuration('')).toThrow(/invalid duration/);
    expect(() => parseDuration('soon')).toThrow();
    expect(() => parseDuration('5 fortnights')).toThrow(/unknown unit: fortnights/);
    expect(() => parseDuration('1h ago')).toThrow();
  });
});

describe('between', () => {
  it('measures from one date to another', () => {
    const start = new Date('2026-03-01T10:00:00Z');
    expect(between(start, new Date('2026-03-01T11:30:00Z'))).toBe(5_400_000);
    expect(between(start.getTime() + 1000, start)).toBe(-1000);
  });
});
