const { grade, price, readPrices, loadsNeeded, invoice } = require('../src');

describe('haybarn', () => {
  test('grades hay by its moisture', () => {
    expect([12, 16, 22].map(grade)).toEqual(['dry', 'fair', 'damp']);
    expect(price(14)).toBe(520);
  });

  test('refuses a price list with a gap in it', () => {
    expect(() => readPrices({ dry: 500, fair: 'ask' })).toThrow('no price for fair');
  });

  test('counts the trailer loads for both barns', () => {
    expect(loadsNeeded(['L1', 'L2', 'L3'], ['H1', 'H2'], 2)).toBe(3);
    expect(loadsNeeded([], ['H1'], 4)).toBe(1);
  });

  test('invoices a day of bales', () => {
    expect(invoice([12, 18, 25, 10])).toEqual({ bales: 4, damp: 1, pounds: 17.9 });
  });
});
