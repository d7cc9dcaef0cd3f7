const { hectares, juiceLitres, pickList, potentialAlcohol, ready, tonnesPerHectare } = require('../src');

const BLOCKS = [
  { name: 'North slope', variety: 'pinot noir', rows: 40, rowLengthM: 125, rowSpacingM: 2, kgPicked: 7000, sample: { brix: 23.4, acid: 8.1 } },
  { name: 'Chapel field', variety: 'chardonnay', rows: 25, rowLengthM: 160, rowSpacingM: 2.5, kgPicked: 9000, sample: { brix: 22.6, acid: 8.9 } },
  { name: 'Old orchard', variety: 'riesling', rows: 30, rowLengthM: 100, rowSpacingM: 2, kgPicked: 0, sample: { brix: 19.2, acid: 12.4 } },
  { name: 'Top terrace', variety: 'syrah', rows: 18, rowLengthM: 90, rowSpacingM: 2.2, kgPicked: 0, sample: { brix: 25.1, acid: 7.4 } },
];

describe('harvest', () => {
  test('turns sugar into alcohol', () => {
    expect(potentialAlcohol(22)).toBe(13);
    expect(potentialAlcohol(24.5)).toBe(14.5);
  });

  test('knows when a variety is ready', () => {
    expect(ready('chardonnay', { brix: 22.6, acid: 8.9 })).toBe(true);
    expect(ready('chardonnay', { brix: 21.8, acid: 8.9 })).toBe(false);
    expect(ready('syrah', { brix: 25.1, acid: 7.4 })).toBe(false);
  });

  test('presses juice', () => {
    expect(juiceLitres(7000, false)).toBe(4900);
    expect(juiceLitres(9000, true)).toBe(5400);
  });
});

describe('blocks', () => {
  test('measures a block', () => {
    expect(hectares(BLOCKS[0])).toBe(1);
    expect(hectares(BLOCKS[1])).toBe(1);
    expect(hectares(BLOCKS[3])).toBeCloseTo(0.3564);
  });

  test('gives the yield per hectare', () => {
    expect(tonnesPerHectare(BLOCKS[0])).toBe(7);
    expect(tonnesPerHectare(BLOCKS[1])).toBe(9);
  });

  test('lists the blocks to pick, sweetest first', () => {
    expect(pickList(BLOCKS)).toEqual([
      { name: 'North slope', alcohol: 13.8 },
      { name: 'Chapel field', alcohol: 13.3 },
    ]);
  });
});
