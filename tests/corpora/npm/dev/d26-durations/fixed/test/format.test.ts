import { describe, expect, it } from 'vitest';
import { clock, formatDuration } from '../src/format.js';
import { parseDuration } from '../src/index.js';

describe('formatDuration', () => {
  it('writes the non-zero units, largest first', () => {
    expect(formatDuration(5_400_000)).toBe('1h 30m');
    expect(formatDuration(93_784_005)).toBe('1d 2h 3m 4s 5ms');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(0)).toBe('0ms');
  });

  it('spells units out in the long form', () => {
    expect(formatDuration(90_061_000, { long: true })).toBe('1 day 1 hour 1 minute 1 second');
    expect(formatDuration(1_209_600_000 + 7_200_000, { long: true })).toBe('2 weeks 2 hours');
    expect(formatDuration(0, { long: true })).toBe('0 milliseconds');
  });

  it('keeps only the largest units when asked', () => {
    expect(formatDuration(93_784_005, { largest: 2 })).toBe('1d 2h');
    expect(formatDuration(-5_430_000, { largest: 1 })).toBe('-1h');
  });

  it('rounds to the millisecond and refuses what is not a number', () => {
    expect(formatDuration(1500.4)).toBe('1s 500ms');
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
  });

  it('gives back what parseDuration read', () => {
    for (const text of ['1h 30m', '2d 4h 10m', '45s', '-1h 1ms']) {
      expect(formatDuration(parseDuration(text))).toBe(text);
    }
  });
});

describe('clock', () => {
  it('shows hours only when there are some', () => {
    expect(clock(3_723_000)).toBe('1:02:03');
    expect(clock(63_000)).toBe('1:03');
    expect(clock(5_999)).toBe('0:05');
    expect(clock(-61_000)).toBe('-1:01');
  });
});
