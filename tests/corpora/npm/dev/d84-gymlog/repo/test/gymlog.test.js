const { isoWeek, oneRepMax, parseLog, records, summary, toKg, weeklyVolume } = require('../src');

const LOG = `
  2026-03-02 bench-press 3x5 @ 80kg
  2026-03-02 back_squat 3x5 @ 100kg
  2026-03-06 Bench-Press 5x3 @ 85 kg

  2026-03-09 bench-press 3x8 @ 70kg
  2026-03-09 deadlift 1x5 @ 225lb
`;

describe('log', () => {
  test('is read line by line', () => {
    const entries = parseLog(LOG);
    expect(entries).toHaveLength(5);
    expect(entries[2]).toEqual({ date: '2026-03-06', exercise: 'bench-press', sets: 5, reps: 3, kg: 85 });
    expect(entries[4].kg).toBe(102);
  });

  test('rejects what it cannot read', () => {
    expect(() => parseLog('yesterday bench 3x5 @ 80kg')).toThrow('cannot read line 1: yesterday bench 3x5 @ 80kg');
    expect(() => parseLog('2026-03-02 bench--press 3x5 @ 80kg')).toThrow('cannot read line 1');
  });

  test('converts pounds to half kilos', () => {
    expect(toKg(135, 'lb')).toBe(61);
    expect(toKg(45, 'LB')).toBe(20.5);
    expect(toKg(60, 'kg')).toBe(60);
  });
});

describe('records', () => {
  test('estimate the one-rep max', () => {
    expect(oneRepMax(80, 5)).toBe(93.3);
    expect(oneRepMax(140, 1)).toBe(140);
  });

  test('keep the best set of each exercise', () => {
    expect(records(parseLog(LOG))).toEqual([
      { exercise: 'back_squat', date: '2026-03-02', kg: 100, reps: 5, e1rm: 116.7 },
      { exercise: 'bench-press', date: '2026-03-06', kg: 85, reps: 3, e1rm: 93.5 },
      { exercise: 'deadlift', date: '2026-03-09', kg: 102, reps: 5, e1rm: 119 },
    ]);
  });
});

describe('volume', () => {
  test('numbers ISO weeks', () => {
    expect(['2026-03-02', '2026-03-08', '2026-03-09', '2027-01-01', '2026-01-01'].map(isoWeek)).toEqual([
      '2026-W10', '2026-W10', '2026-W11', '2026-W53', '2026-W01',
    ]);
  });

  test('adds up each week', () => {
    expect(weeklyVolume(parseLog(LOG))).toEqual([
      { week: '2026-W10', kg: 3975 },
      { week: '2026-W11', kg: 2190 },
    ]);
  });

  test('summarises an exercise', () => {
    expect(summary(parseLog(LOG), 'bench-press')).toBe('bench-press: 11 sets, top set 85 kg');
    expect(summary(parseLog(LOG), 'row')).toBe('row: no sets');
  });
});
