const { Length, plan } = require('../src');

describe('plans', () => {
  test('plans a chain of midland hedge', () => {
    expect(plan('midland', 20, '2026-11-03')).toEqual({
      start: '2026-11-03T08:00:00.000Z',
      stakes: 44,
      bundles: 4,
      pence: 1400,
      schedule: [22, 22],
      summary: 'midland: 20 m, 44 stakes',
    });
  });

  test('plans half a chain of welsh hedge', () => {
    expect(plan('welsh', 10, '2027-01-15')).toMatchObject({ stakes: 30, bundles: 2, pence: 600, schedule: [30] });
  });
});

describe('lengths', () => {
  test('adds up as metres and reads as text', () => {
    expect(new Length(12) + new Length(8)).toBe(20);
    expect(`${new Length(12)}`).toBe('12 m');
  });
});
