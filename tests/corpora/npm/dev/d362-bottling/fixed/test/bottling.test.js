const { bottlingRun, bottlesFrom, primingSugarG, packCrates } = require('../src');

test('fills the bottles from the racked cider only', () => {
  expect(bottlesFrom(23, 500)).toBe(43);
  expect(bottlesFrom(10, 750)).toBe(12);
});

test('primes the racked cider', () => {
  expect(primingSugarG(23, 6)).toBe(131);
});

test('packs full crates and one part crate', () => {
  expect(packCrates(30, 12)).toEqual([
    { crate: 1, bottles: 12 },
    { crate: 2, bottles: 12 },
    { crate: 3, bottles: 6 },
  ]);
  expect(packCrates(24)).toHaveLength(2);
});

test('plans a run', () => {
  const run = bottlingRun({ litres: 23, bottleMl: 500, perCrate: 20, sugarPerLitre: 6 });
  expect(run.bottles).toBe(43);
  expect(run.sugarG).toBe(131);
  expect(run.crates.map((crate) => crate.bottles)).toEqual([20, 20, 3]);
});
