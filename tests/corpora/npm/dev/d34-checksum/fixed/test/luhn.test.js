const { isValidLuhn, luhnCheckDigit } = require('../src/luhn');

describe('Luhn', () => {
  test('accepts valid numbers, with spaces and dashes', () => {
    expect(isValidLuhn('79927398713')).toBe(true);
    expect(isValidLuhn('4539 1488 0343 6467')).toBe(true);
    expect(isValidLuhn('0000-0000-0000-0000')).toBe(true);
    expect(isValidLuhn('18')).toBe(true);
  });

  test('rejects one wrong or swapped digit', () => {
    expect(isValidLuhn('79927398710')).toBe(false);
    expect(isValidLuhn('79927398731')).toBe(false);
    expect(isValidLuhn('4539 1488 0343 6468')).toBe(false);
    expect(isValidLuhn('0')).toBe(false);
    expect(() => isValidLuhn('12a4')).toThrow(/not a number/);
  });

  test('computes check digits', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('453914880343646')).toBe(7);
    expect(luhnCheckDigit('1')).toBe(8);
    expect(luhnCheckDigit('0')).toBe(0);
  });
});
