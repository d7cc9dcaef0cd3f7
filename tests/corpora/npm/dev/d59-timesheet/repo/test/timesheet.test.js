const { formatMinutes, parseClock, pay, readSheet, readShift, report, shiftMinutes, weekSummary } = require('../src');

const SHEET = `
# week 10
2026-03-02 08:00-12:00
2026-03-02 13:00-18:30 15
2026-03-03 09:00-17:30 30
2026-03-04 22:00-06:00 45
2026-03-05 07:45-16:15 30,15
2026-03-06 08:00-14:00
`;

describe('clock times', () => {
  test('are parsed to minutes since midnight', () => {
    expect(parseClock('8:30')).toBe(510);
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock(' 23:59 ')).toBe(1439);
    expect(() => parseClock('8h30')).toThrow(SyntaxError);
    expect(() => parseClock('24:00')).toThrow(RangeError);
  });

  test('are formatted back as hours and minutes', () => {
    expect(formatMinutes(510)).toBe('8:30');
    expect(formatMinutes(90)).toBe('1:30');
    expect(formatMinutes(2460)).toBe('41:00');
    expect(formatMinutes(5)).toBe('0:05');
    expect(formatMinutes(-45)).toBe('-0:45');
  });
});

describe('shifts', () => {
  test('count the minutes worked, past midnight and without breaks', () => {
    expect(shiftMinutes({ start: '8:00', end: '12:00' })).toBe(240);
    expect(shiftMinutes({ start: '22:00', end: '6:00', breaks: [45] })).toBe(435);
    expect(shiftMinutes({ start: '7:45', end: '16:15', breaks: [30, 15] })).toBe(465);
  });

  test('are read from timesheet lines', () => {
    expect(readShift('2026-03-05 07:45-16:15 30,15')).toEqual({
      date: '2026-03-05',
      start: '07:45',
      end: '16:15',
      breaks: [30, 15],
    });
    expect(readSheet(SHEET)).toHaveLength(6);
    expect(() => readSheet('2026-03-02 8:00')).toThrow("not a timesheet line: '2026-03-02 8:00'");
    expect(() => readSheet('2026-03-02 8:00-25:00')).toThrow(SyntaxError);
  });
});

describe('the week', () => {
  test('adds up split shifts of the same day', () => {
    const summary = weekSummary(readSheet(SHEET));
    expect(summary).toEqual({ days: 5, total: 2295, regular: 2220, overtime: 75 });
  });

  test('takes the weekly limit when it gives more overtime', () => {
    const days = ['02', '03', '04', '05', '06'].map((day) => ({ date: `2026-03-${day}`, start: '8:00', end: '16:00' }));
    expect(weekSummary(days, { weeklyLimit: 36 * 60 })).toEqual({ days: 5, total: 2400, regular: 2160, overtime: 240 });
    expect(weekSummary(days).overtime).toBe(0);
  });

  test('is paid and reported', () => {
    const summary = weekSummary(readSheet(SHEET));
    expect(pay(summary, 24)).toBe(933);
    expect(pay({ regular: 60, overtime: 30 }, 20, 2)).toBe(40);
    expect(report(summary)).toBe('5 days, 38:15 worked (1:15 overtime)');
  });
});
