const { stagesInUse, yieldPercent, pitLoad, gradeCounts, cutLabel } = require('../src');

const BATCHES = [
  { pit: 3, stage: 'tan', hides: 40 },
  { pit: 1, stage: 'soak', hides: 25 },
  { pit: 2, stage: 'lime', hides: 30 },
  { pit: 3, stage: 'tan', hides: 12 },
];

test('lists the stages in use in the order a hide goes through them', () => {
  expect(stagesInUse(BATCHES)).toEqual(['soak', 'lime', 'tan']);
});

test('gives the weight lost in tanning as a share of the raw weight', () => {
  expect(yieldPercent(200, 150)).toBe(25);
  expect(yieldPercent(80, 68)).toBe(15);
});

test('adds up the hides in one pit', () => {
  expect(pitLoad(BATCHES, 3)).toBe(52);
  expect(pitLoad(BATCHES, 4)).toBe(0);
});

test('grades hides by flaws and size', () => {
  const hides = [
    { flaws: 0, areaSqFt: 18 },
    { flaws: 1, areaSqFt: 24 },
    { flaws: 2, areaSqFt: 15 },
    { flaws: 4, areaSqFt: 30 },
  ];
  expect(gradeCounts(hides)).toEqual({ A: 1, B: 1, C: 2 });
});

test('labels whole hides and split sides', () => {
  expect(cutLabel({ id: 'H12', split: false })).toBe('H12 (whole)');
  expect(cutLabel({ id: 'H13', split: true })).toBe('H13 (sides)');
});
