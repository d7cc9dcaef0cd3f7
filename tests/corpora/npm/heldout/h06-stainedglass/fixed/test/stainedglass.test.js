const { checkSize, leadGrams, panelsUsing, parsePanel, usesGlass } = require('../src');

describe('lead', () => {
  test('reads a panel from the order book', () => {
    expect(parsePanel('60x90 cm, 4.2 m of lines, 6mm H')).toEqual({ widthM: 0.6, heightM: 0.9, innerLinesM: 4.2, came: '6mm H' });
  });

  test('refuses a line that is not a panel', () => {
    expect(() => parsePanel('a round window')).toThrow('not a panel: a round window');
  });

  test('weighs the lead a panel takes', () => {
    expect(leadGrams(parsePanel('60x90 cm, 4.2 m of lines, 6mm H'))).toBe(418);
  });

  test('takes only a panel that fits the bench', () => {
    expect(checkSize({ widthM: 1.2, heightM: 0.9 })).toBeUndefined();
    expect(() => checkSize({ widthM: 1.6, heightM: 0.5 })).toThrow('too big for the bench');
  });
});

describe('glass', () => {
  const panels = [
    { name: 'rose window', glass: 'R-12, B-7-F' },
    { name: 'porch light', glass: 'B-7, A-3' },
  ];

  test('finds the panels that use a sheet', () => {
    expect(panelsUsing(panels, 'R-12')).toEqual(['rose window']);
  });

  test('tells a flashed sheet from the plain one', () => {
    expect(panelsUsing(panels, 'B-7')).toEqual(['porch light']);
    expect(usesGlass(panels[0], 'B-7-F')).toBe(true);
  });
});
