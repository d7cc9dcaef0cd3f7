const { readParts, plan, shoppingList } = require('../src');

describe('stovepipe', () => {
  test('reads a parts list, leaving out comments', () => {
    expect(readParts('study')).toEqual([
      { kind: 'pipe', mm: 2000 },
      { kind: 'cap', mm: 125 },
    ]);
  });

  test('plans the kitchen flue in whole sections and an offcut', () => {
    expect(plan('kitchen')).toEqual({
      fullSections: 3,
      offcutMm: 450,
      bends: 2,
      fittings: ['cowl', 'collar'],
    });
  });

  test('a run of whole sections needs no offcut', () => {
    expect(plan('study')).toMatchObject({ fullSections: 2, offcutMm: 0 });
  });

  test('lists what to buy', () => {
    expect(shoppingList('kitchen')).toEqual(['4 x pipe section', '2 x bend', '1 x cowl', '1 x collar']);
  });
});
