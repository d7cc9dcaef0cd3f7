const { barsFrom, cureDays, lyeGrams, planBatch, readyOn, sapValue, waterGrams } = require('../src');

const RECIPE = [
  { oil: 'olive', grams: 500 },
  { oil: 'coconut', grams: 300 },
  { oil: 'shea', grams: 200 },
];

describe('lye', () => {
  test('looks up the SAP value of an oil', () => {
    expect(sapValue('coconut')).toBe(0.183);
    expect(() => sapValue('lard')).toThrow('no SAP value for lard');
  });

  test('takes the superfat off the lye', () => {
    expect(lyeGrams(RECIPE, 0)).toBe(148);
    expect(lyeGrams(RECIPE, 5)).toBe(140.6);
    expect(lyeGrams([{ oil: 'castor', grams: 100 }], 10)).toBe(11.5);
  });

  test('mixes the lye into water', () => {
    expect(waterGrams(140.6)).toBe(352);
    expect(waterGrams(100, 2)).toBe(200);
  });
});

describe('cure', () => {
  test('knows how long each process cures', () => {
    expect(cureDays('cold')).toBe(42);
    expect(() => cureDays('melt')).toThrow('unknown process: melt');
  });

  test('dates the end of the cure', () => {
    expect(readyOn('2026-03-01', 'cold')).toBe('2026-04-12');
    expect(readyOn('2026-12-25', 'hot')).toBe('2027-01-08');
  });

  test('cuts whole bars from a loaf', () => {
    expect(barsFrom(1000, 110)).toBe(9);
  });
});

describe('batch', () => {
  test('plans a batch from its recipe', () => {
    expect(
      planBatch({ oils: RECIPE, superfatPct: 5, process: 'cold', poured: '2026-03-01', barGrams: 120 }),
    ).toEqual({ lye: 140.6, water: 352, bars: 12, ready: '2026-04-12' });
  });
});
