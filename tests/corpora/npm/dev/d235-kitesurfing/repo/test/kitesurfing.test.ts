import { describe, expect, it } from 'vitest';
import { kiteFor, passEnds, slotLabel } from '../src/index';

describe('lessons', () => {
  it('labels a slot with its date, time and kite', () => {
    expect(slotLabel({ pupil: 'Ines', startIso: '2025-07-05T10:30:00Z', kiteM2: 9 })).toBe(
      'Ines: 5 Jul 2025, 10:30, 9 m² kite',
    );
    expect(slotLabel({ pupil: 'Tom', startIso: '2025-07-06T14:00:00Z' })).toBe(
      'Tom: 6 Jul 2025, 14:00, kite on the day',
    );
  });

  it('picks a smaller kite in a stronger wind', () => {
    expect([12, 18, 25].map(kiteFor)).toEqual([12, 9, 7]);
    expect(() => kiteFor(34)).toThrow('too much wind');
  });
});

describe('passes', () => {
  it('run for a calendar month', () => {
    expect(passEnds('2025-05-14')).toBe('2025-06-14');
    expect(passEnds('2025-12-20')).toBe('2026-01-20');
  });

  it('end on the last day of a shorter month', () => {
    expect(passEnds('2025-01-31')).toBe('2025-02-28');
    expect(passEnds('2024-01-30')).toBe('2024-02-29');
    expect(passEnds('2025-08-31')).toBe('2025-09-30');
  });
});
