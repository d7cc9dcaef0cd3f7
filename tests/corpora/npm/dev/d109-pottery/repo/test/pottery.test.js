const { batch, batchCost, coneFor, firingCost, firingMinutes, parseRecipe, parseSchedule, segmentMinutes, shoppingList } = require('../src');

const BISQUE = parseSchedule(`
  100/h to 600
  150/h to 1000 hold 10
`);

const GLAZE_FIRE = parseSchedule(`
  100/h to 600
  200/h to 1170
  80/h to 1222 hold 15
`);

const CELADON = parseRecipe(`
# celadon, cone 6
Potash feldspar 30
Silica 25
Whiting 20
Kaolin 25
Red iron oxide 1
`);

const TENMOKU = parseRecipe(`
Potash feldspar 40
Silica 30
Whiting 15
Kaolin 15
Red iron oxide 10
`);

const PRICES = { 'Potash feldspar': 180, Silica: 90, Whiting: 120, Kaolin: 150, 'Red iron oxide': 900 };

describe('kiln', () => {
  test('reads a schedule', () => {
    expect(BISQUE).toEqual([
      { rate: 100, target: 600, hold: 0 },
      { rate: 150, target: 1000, hold: 10 },
    ]);
    expect(() => parseSchedule('fast to 600')).toThrow(/bad segment/);
  });

  test('times one segment from where the kiln is', () => {
    expect(segmentMinutes(20, BISQUE[0])).toBeCloseTo(348);
    expect(segmentMinutes(600, BISQUE[1])).toBeCloseTo(170);
  });

  test('times a whole firing, each segment starting where the last one ended', () => {
    expect(firingMinutes(BISQUE)).toBe(518);
    expect(firingMinutes(GLAZE_FIRE)).toBe(573);
  });

  test('names the cone a firing reaches', () => {
    expect(coneFor(BISQUE)).toBe('06');
    expect(coneFor(GLAZE_FIRE)).toBe('6');
    expect(coneFor(parseSchedule('100/h to 500'))).toBe(null);
  });

  test('prices a firing', () => {
    expect(firingCost(BISQUE, 9, 28)).toBe(1450);
    expect(firingCost(GLAZE_FIRE, 9, 28)).toBe(1604);
  });
});

describe('glaze', () => {
  test('reads a recipe and skips comments', () => {
    expect(CELADON).toHaveLength(5);
    expect(CELADON[4]).toEqual({ material: 'Red iron oxide', parts: 1 });
    expect(() => parseRecipe('Silica lots')).toThrow(/bad recipe line/);
  });

  test('scales a recipe to a batch', () => {
    expect(batch(CELADON, 5000).map((item) => item.grams)).toEqual([1485.1, 1237.6, 990.1, 1237.6, 49.5]);
  });

  test('adds up what several glazes need', () => {
    const list = shoppingList([CELADON, TENMOKU], 2000);
    expect(list.map(([material]) => material)).toEqual(['Potash feldspar', 'Silica', 'Kaolin', 'Whiting', 'Red iron oxide']);
    expect(list[0][1]).toBeCloseTo(1321.4);
    expect(list[2][1]).toBeCloseTo(767.7);
    expect(list[4][1]).toBeCloseTo(201.6);
  });

  test('prices a batch and refuses unknown materials', () => {
    expect(batchCost(CELADON, 5000, PRICES)).toBe(728);
    expect(() => batchCost(CELADON, 5000, { Silica: 90 })).toThrow(/no price for Potash feldspar/);
  });
});
