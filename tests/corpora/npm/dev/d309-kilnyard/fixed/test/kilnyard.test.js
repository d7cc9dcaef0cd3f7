const { schedule, describeStep, parseLog, summary } = require('../src');

const BISQUE = [
  { target: 600, rate: 100, hold: 0 },
  { target: 1000, rate: 150, hold: 15 },
];

const LOG = `
2026-03-02,north,06
2026-03-04,south,04
2026-03-09,north,06
2026-03-13,south,04
`;

test('times each segment from the temperature the last one reached', () => {
  const plan = schedule(BISQUE);
  expect(plan.steps).toEqual([
    { target: 600, minutes: 348 },
    { target: 1000, minutes: 175 },
  ]);
  expect(plan.total).toBe(523);
  expect(plan.peak).toBe(1000);
});

test('describes a step for the firing card', () => {
  expect(describeStep({ target: 600, minutes: 348 })).toBe(' 600 C for 348 min');
  expect(describeStep({ target: 1000, minutes: 175 })).toBe('1000 C for 175 min');
});

test('counts the firings by weekday and finds the hottest cone fired', () => {
  expect(summary(parseLog(LOG))).toEqual({ byWeekday: { Mon: 2, Wed: 1, Fri: 1 }, hottest: 1060 });
});
