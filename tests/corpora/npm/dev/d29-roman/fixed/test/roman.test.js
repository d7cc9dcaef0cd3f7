const { toRoman, fromRoman, isRoman, addRoman, sortRoman } = require('../src');

describe('toRoman', () => {
  test('writes the single symbols', () => {
    expect([1, 5, 10, 50, 100, 500, 1000].map(toRoman)).toEqual(['I', 'V', 'X', 'L', 'C', 'D', 'M']);
  });

  test('writes repeated and subtractive forms', () => {
    expect(toRoman(3)).toBe('III');
    expect(toRoman(4)).toBe('IV');
    expect(toRoman(9)).toBe('IX');
    expect(toRoman(14)).toBe('XIV');
    expect(toRoman(40)).toBe('XL');
    expect(toRoman(1994)).toBe('MCMXCIV');
    expect(toRoman(2024)).toBe('MMXXIV');
    expect(toRoman(3999)).toBe('MMMCMXCIX');
  });

  test('rejects what has no numeral', () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(4000)).toThrow(RangeError);
    expect(() => toRoman(2.5)).toThrow(RangeError);
  });
});

describe('fromRoman', () => {
  test('reads numerals in any case and with spaces around', () => {
    expect(fromRoman('I')).toBe(1);
    expect(fromRoman('iv')).toBe(4);
    expect(fromRoman(' XLII ')).toBe(42);
    expect(fromRoman('MCMXCIV')).toBe(1994);
    expect(fromRoman('MMMCMXCIX')).toBe(3999);
  });

  test('reads back every number it writes', () => {
    for (let n = 1; n <= 3999; n += 7) {
      expect(fromRoman(toRoman(n))).toBe(n);
    }
  });

  test('rejects non-canonical and foreign numerals', () => {
    expect(() => fromRoman('IIII')).toThrow(/canonical/);
    expect(() => fromRoman('VX')).toThrow(/canonical/);
    expect(() => fromRoman('IC')).toThrow(/canonical/);
    expect(() => fromRoman('XIZ')).toThrow(/not a Roman digit: Z/);
    expect(() => fromRoman('  ')).toThrow(/empty/);
  });

  test('tells numerals from other words', () => {
    expect(isRoman('XIV')).toBe(true);
    expect(isRoman('MIX')).toBe(true);
    expect(isRoman('IIX')).toBe(false);
    expect(isRoman('hello')).toBe(false);
  });
});

describe('arithmetic and sorting', () => {
  test('adds in numerals', () => {
    expect(addRoman('XIV', 'XXVIII')).toBe('XLII');
    expect(addRoman('mcm', 'xcix')).toBe('MCMXCIX');
    expect(() => addRoman('MMM', 'M')).toThrow(/too large/);
  });

  test('sorts by value and keeps the rest at the end', () => {
    expect(sortRoman(['X', 'foo', 'IV', 'MM', 'IIII', 'C'])).toEqual(['IV', 'X', 'C', 'MM', 'foo', 'IIII']);
  });
});
