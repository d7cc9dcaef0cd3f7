import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfYear,
  daysInMonth,
  describeDate,
  formatIso,
  isLeapYear,
  isValidDate,
  monthGrid,
  parseIso,
  weekday,
} from '../src/index';

describe('years and months', () => {
  it('knows the leap years', () => {
    expect([1996, 2000, 2024, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([1900, 2023, 2100, 2026].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('counts the days of each month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(() => daysInMonth(2024, 13)).toThrow(RangeError);
  });

  it('validates dates', () => {
    expect(isValidDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2023, month: 0, day: 1 })).toBe(false);
    expect(isValidDate({ year: 2023, month: 4, day: 31 })).toBe(false);
  });
});

describe('days', () => {
  it('finds the day of the week in every month', () => {
    expect(weekday({ year: 1970, month: 1, day: 1 })).toBe(4);
    expect(weekday({ year: 2000, month: 2, day: 29 })).toBe(2);
    expect(weekday({ year: 2000, month: 3, day: 1 })).toBe(3);
    expect(weekday({ year: 2023, month: 3, day: 15 })).toBe(3);
    expect(weekday({ year: 2024, month: 1, day: 1 })).toBe(1);
    expect(weekday({ year: 2026, month: 12, day: 2 })).toBe(3);
    for (let month = 1; month <= 12; month += 1) {
      const expected = new Date(Date.UTC(2025, month - 1, 13)).getUTCDay();
      expect(weekday({ year: 2025, month, day: 13 })).toBe(expected);
    }
  });

  it('numbers the days of the year', () => {
    expect(dayOfYear({ year: 2023, month: 1, day: 1 })).toBe(1);
    expect(dayOfYear({ year: 2023, month: 12, day: 31 })).toBe(365);
    expect(dayOfYear({ year: 2024, month: 3, day: 1 })).toBe(61);
  });

  it('adds days across months and years', () => {
    expect(addDays({ year: 2023, month: 12, day: 30 }, 3)).toEqual({ year: 2024, month: 1, day: 2 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('text', () => {
  it('formats and parses ISO dates', () => {
    expect(formatIso({ year: 2024, month: 3, day: 7 })).toBe('2024-03-07');
    expect(formatIso({ year: 987, month: 11, day: 25 })).toBe('0987-11-25');
    expect(parseIso('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseIso('2023-02-29')).toThrow(/no such day/);
    expect(() => parseIso('2023-2-1')).toThrow(/not an ISO date/);
  });

  it('describes a date with its weekday', () => {
    expect(describeDate(parseIso('2026-12-02'))).toBe('Wednesday 2026-12-02');
    expect(describeDate(parseIso('2000-03-05'))).toBe('Sunday 2000-03-05');
  });
});

describe('monthGrid', () => {
  it('lays out a month in Monday-first weeks', () => {
    expect(monthGrid(2024, 2)).toEqual([
      [null, null, null, 1, 2, 3, 4],
      [5, 6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, 16, 17, 18],
      [19, 20, 21, 22, 23, 24, 25],
      [26, 27, 28, 29, null, null, null],
    ]);
    expect(monthGrid(2021, 2)).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14],
      [15, 16, 17, 18, 19, 20, 21],
      [22, 23, 24, 25, 26, 27, 28],
    ]);
    expect(monthGrid(2023, 10)[0]).toEqual([null, null, null, null, null, null, 1]);
  });
});
