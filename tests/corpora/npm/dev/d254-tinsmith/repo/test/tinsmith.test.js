const { cutList, finish, yieldOf } = require('../src');

describe('sheets', () => {
  test('names the finish of the material', () => {
    expect(finish({ material: 'TF' })).toBe('tin-free');
    expect(finish({ material: 'TP' })).toBe('bright');
  });

  test('lists the sheets of an order and sets aside the lines it cannot cut', () => {
    expect(cutList(['TP28-0508', ' TF24-0762 ', 'TP27-0508', 'copper'])).toEqual({
      sheets: ['TP28-0508: 508 mm wide, 0.38 mm bright', 'TF24-0762: 762 mm wide, 0.55 mm tin-free'],
      rejected: ['TP27-0508 (no 27 gauge in stock)', 'copper (not a sheet code)'],
    });
  });
});

describe('blanks', () => {
  test('cuts the blanks in a grid', () => {
    expect(yieldOf({ widthMm: 508, lengthMm: 711 }, { widthMm: 100, lengthMm: 100 })).toEqual({
      count: 35,
      turned: false,
      wastePercent: 3,
    });
  });

  test('turns the blank when more fit that way', () => {
    expect(yieldOf({ widthMm: 500, lengthMm: 700 }, { widthMm: 300, lengthMm: 120 })).toEqual({
      count: 8,
      turned: true,
      wastePercent: 18,
    });
  });
});
