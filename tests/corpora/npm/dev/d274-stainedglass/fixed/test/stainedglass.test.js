const { checkSize, leadGrams, parsePanel, sheetsInRack, takeSheet } = require('../src');

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
  test('takes a sheet from the rack', () => {
    const rack = { 'R-12': 2, 'B-7-F': 1 };
    takeSheet(rack, 'R-12');
    expect(rack).toEqual({ 'R-12': 1, 'B-7-F': 1 });
  });

  test('lists only the sheets still in the rack', () => {
    const rack = { 'R-12': 2, 'B-7-F': 1 };
    takeSheet(rack, 'B-7-F');
    expect(sheetsInRack(rack)).toEqual(['R-12']);
  });

  test('refuses a sheet the rack has run out of', () => {
    const rack = { 'B-7-F': 1 };
    takeSheet(rack, 'B-7-F');
    expect(() => takeSheet(rack, 'B-7-F')).toThrow('no B-7-F in the rack');
  });
});
