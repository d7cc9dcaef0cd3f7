const { Workshop, capSize, invoice } = require('../src');

describe('caps', () => {
  test('gives the smallest size that fits the head', () => {
    expect(capSize(53)).toBe('S');
    expect(capSize(55.5)).toBe('M');
    expect(capSize(57)).toBe('L');
  });
});

describe('workshop', () => {
  test('knots the hair at the workshop density', () => {
    const shop = new Workshop();
    expect(shop.knots(150)).toBe(9000);
    expect(shop.hours(150)).toBe(10);
    expect(shop.hours(160)).toBe(11);
  });
});

describe('invoice', () => {
  test('prices the hours and the cap and takes a deposit', () => {
    const order = { client: 'Hollis', headCm: 53.5, pieces: [{ areaCm2: 150 }, { areaCm2: 45 }] };
    expect(invoice(new Workshop(), order)).toEqual({
      client: 'Hollis',
      size: 'S',
      hours: 13,
      price: 454,
      deposit: 136,
      balance: 318,
    });
  });

  test('refuses an order with nothing to make', () => {
    expect(() => invoice(new Workshop(), { client: 'Hollis', headCm: 55, pieces: [] })).toThrow('at least one piece');
  });
});
