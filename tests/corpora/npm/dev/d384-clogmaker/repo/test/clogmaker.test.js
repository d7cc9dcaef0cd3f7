const { lastSizes, sizeForFoot, woodFor, pairPrice, quotePair, orderLine, canMake } = require('../src');

describe('lasts', () => {
  test('keeps a last for every size from 35 to 47', () => {
    expect(lastSizes()).toHaveLength(13);
    expect(lastSizes()[0]).toBe(35);
    expect(lastSizes().at(-1)).toBe(47);
  });

  test('sizes a foot in Paris points', () => {
    expect(sizeForFoot(250)).toBe(40);
    expect(sizeForFoot(295)).toBe(46);
  });

  test('makes the big sizes in alder', () => {
    expect(woodFor(41)).toBe('poplar');
    expect(woodFor(42)).toBe('alder');
  });

  test('makes clogs for the feet it has lasts for', () => {
    expect(canMake(300)).toBe(true);
    expect(canMake(320)).toBe(false);
  });
});

describe('pricing', () => {
  test('adds the finish to the wood', () => {
    expect(pairPrice('poplar', 'plain')).toBe(55);
    expect(pairPrice('poplar', 'painted')).toBe(73);
    expect(pairPrice('alder', 'carved')).toBe(110);
  });

  test('quotes a pair in euros', () => {
    expect(quotePair(250, 'painted')).toEqual({ size: 40, price: 73, text: '€73.00' });
    expect(quotePair(290, 'carved')).toEqual({ size: 46, price: 110, text: '€110.00' });
  });

  test('writes a line of the order book', () => {
    expect(orderLine(250, 'painted')).toBe('EU 40 | painted | €73.00');
  });
});
