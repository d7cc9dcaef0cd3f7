const {
  DEFAULTS,
  MINUTE,
  buildPlan,
  completionRate,
  focusMinutes,
  formatClock,
  longestStreak,
  minutesLeft,
  nextState,
  schedule,
  totalMinutes,
} = require('../src');

describe('clock', () => {
  test('shows minutes and seconds', () => {
    expect(formatClock(25 * MINUTE)).toBe('25:00');
    expect(formatClock(61 * 1000)).toBe('01:01');
    expect(formatClock(400)).toBe('00:01');
    expect(formatClock(-5)).toBe('00:00');
  });

  test('counts whole minutes left', () => {
    expect(minutesLeft(10 * MINUTE, 0)).toBe(10);
    expect(minutesLeft(10 * MINUTE, 30 * 1000)).toBe(10);
    expect(minutesLeft(10 * MINUTE, 11 * MINUTE)).toBe(0);
  });

  test('moves between states', () => {
    let state = 'idle';
    for (const event of ['start', 'pause', 'resume', 'finish']) state = nextState(state, event);
    expect(state).toBe('done');
    expect(nextState('paused', 'stop')).toBe('idle');
    expect(nextState('done', 'start')).toBe('running');
    expect(nextState('idle', 'pause')).toBe('idle');
    expect(() => nextState('lost', 'start')).toThrow('unknown state: lost');
  });
});

describe('plan', () => {
  test('puts a long break after every fourth session', () => {
    const kinds = buildPlan(9).map((block) => block.kind);
    expect(kinds.filter((k) => k === 'focus')).toHaveLength(9);
    expect(kinds.filter((k) => k !== 'focus')).toEqual([
      'short', 'short', 'short', 'long', 'short', 'short', 'short', 'long',
    ]);
  });

  test('adds up the minutes', () => {
    const plan = buildPlan(5);
    expect(totalMinutes(plan, 'focus')).toBe(125);
    expect(totalMinutes(plan)).toBe(125 + 3 * 5 + 15);
  });

  test('takes other lengths', () => {
    expect(buildPlan(1, { ...DEFAULTS, focus: 50 })).toEqual([{ kind: 'focus', minutes: 50 }]);
  });

  test('is laid out from a start time', () => {
    const day = schedule(buildPlan(2), 9 * 60 * MINUTE);
    expect(day.map((b) => [b.kind, b.start / MINUTE, b.end / MINUTE])).toEqual([
      ['focus', 540, 565],
      ['short', 565, 570],
      ['focus', 570, 595],
    ]);
  });
});

describe('stats', () => {
  const log = [
    { kind: 'focus', minutes: 25, done: true },
    { kind: 'short', minutes: 5, done: true },
    { kind: 'focus', minutes: 25, done: true },
    { kind: 'short', minutes: 5, done: true },
    { kind: 'focus', minutes: 12, done: false },
    { kind: 'focus', minutes: 25, done: true },
    { kind: 'long', minutes: 15, done: true },
  ];

  test('count the focus minutes of finished sessions', () => {
    expect(focusMinutes(log)).toBe(75);
    expect(focusMinutes([])).toBe(0);
  });

  test('give the completion rate', () => {
    expect(completionRate(log)).toBe(75);
    expect(completionRate([{ kind: 'long', minutes: 15, done: true }])).toBe(0);
  });

  test('find the longest streak', () => {
    expect(longestStreak(log)).toBe(2);
  });
});
