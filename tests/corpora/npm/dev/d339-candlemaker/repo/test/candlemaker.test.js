const { fragranceGrams, planBatch, pourTemperature, waxGrams } = require('../src');

describe('wax', () => {
  test('weighs a volume of wax by its density', () => {
    expect(waxGrams(200, 0.86)).toBe(172);
    expect(waxGrams(100, 0.96)).toBe(96);
  });

  test('pours each wax above its melting point', () => {
    expect(pourTemperature('paraffin')).toBe(80);
    expect(pourTemperature('soy')).toBe(82);
    expect(pourTemperature('beeswax')).toBe(77);
  });
});

describe('batch', () => {
  test('adds fragrance as a share of the wax', () => {
    expect(fragranceGrams(300, 10)).toBe(30);
  });

  test('plans the jars of one wax', () => {
    const order = {
      wax: 'paraffin',
      fragrancePercent: 8,
      jars: [
        { id: 'A', ml: 250, wax: 'paraffin' },
        { id: 'B', ml: 150, wax: 'soy' },
        { id: 'C', ml: 100, wax: 'paraffin' },
      ],
    };
    expect(planBatch(order)).toEqual({ jars: ['A', 'C'], waxG: 315, fragranceG: 25, pourAt: 80 });
  });
});
