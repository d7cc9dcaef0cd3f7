const { currentStreak, dayNumber, isoOf, longestStreak, mondayOf, summary, weeks, weeksMet } = require('../src');

const READING = ['2026-03-02', '2026-03-03', '2026-03-03T21:40', '2026-03-04', '2026-03-06', '2026-03-07', '2026-03-08'];
const RUNNING = ['2026-02-23', '2026-02-25', '2026-02-27', '2026-03-03', '2026-03-10', '2026-03-11', '2026-03-13'];

describe('dates', () => {
  test('are day numbers', () => {
    expect(isoOf(dayNumber('2026-03-02'))).toBe('2026-03-02');
    expect(dayNumber('2026-03-03T23:59') - dayNumber('2026-03-02')).toBe(1);
    expect(isoOf(mondayOf(dayNumber('2026-03-08')))).toBe('2026-03-02');
    expect(isoOf(mondayOf(dayNumber('2026-03-09')))).toBe('2026-03-09');
    expect(() => dayNumber('yesterday')).toThrow('not a date');
  });
});

describe('streaks', () => {
  test('run up to today, or to yesterday while today is open', () => {
    expect(currentStreak(READING, '2026-03-08')).toBe(3);
    expect(currentStreak(READING, '2026-03-09')).toBe(3);
    expect(currentStreak(READING, '2026-03-10')).toBe(0);
  });

  test('count a day with two check-ins once', () => {
    expect(longestStreak(READING)).toBe(3);
    expect(longestStreak(['2026-03-01', '2026-03-01', '2026-03-02', '2026-03-02', '2026-03-03'])).toBe(3);
    expect(longestStreak([])).toBe(0);
  });
});

describe('weekly targets', () => {
  test('are counted per week from Monday', () => {
    expect(weeks(RUNNING, 3, '2026-03-14')).toEqual([
      { week: '2026-02-23', done: 3, met: true },
      { week: '2026-03-02', done: 1, met: false },
      { week: '2026-03-09', done: 3, met: true },
    ]);
    expect(weeksMet(RUNNING, 3, '2026-03-20')).toEqual({ met: 2, of: 4, rate: 50 });
  });
});

describe('summary', () => {
  test('has a line a habit', () => {
    const habits = [
      { name: 'read', checkins: READING },
      { name: 'run', checkins: RUNNING, perWeek: 3 },
      { name: 'stretch', checkins: ['2026-03-07'] },
      { name: 'journal', checkins: [] },
    ];
    expect(summary(habits, '2026-03-08')).toEqual([
      'read: 3 days (best 3)',
      'run: 1/2 weeks at 3x (50%)',
      'stretch: 1 day (best 1)',
      'journal: not started',
    ]);
  });
});
