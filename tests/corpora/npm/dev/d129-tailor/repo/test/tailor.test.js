const { Order, cutWidth, formatPence, parseMeasurement, quote, ticket } = require('../src');

describe('measurements', () => {
  test('reads centimetres and inches', () => {
    expect(parseMeasurement('96 cm')).toBe(96);
    expect(parseMeasurement(' 40in ')).toBeCloseTo(101.6);
  });

  test('refuses a measurement without a unit', () => {
    expect(() => parseMeasurement('40')).toThrow('bad measurement');
  });

  test('adds the ease of the fit to the chest', () => {
    expect(cutWidth('96cm', 'slim')).toBe(100);
    expect(cutWidth('38in', 'loose')).toBe(110.5);
  });
});

describe('pricing', () => {
  test('adds the alterations to the garment', () => {
    expect(new Order('Ana', 'trousers', ['hem', 'taper']).subtotal).toBe(15700);
  });

  test('quotes the plain price without options', () => {
    expect(quote(new Order('Ana', 'shirt'))).toBe(9500);
  });

  test('takes the discount off the rushed price', () => {
    const order = new Order('Ben', 'jacket', ['sleeves']);
    expect(quote(order, { rush: true })).toBe(37250);
    expect(quote(order, { rush: true, discountPercent: 10 })).toBe(33525);
  });

  test('writes pence as pounds', () => {
    expect(formatPence(33525)).toBe('£335.25');
  });

  test('prints a ticket', () => {
    expect(ticket('Cleo', 'trousers', ['hem'], { discountPercent: 5 })).toBe('Cleo: trousers £128.25');
  });
});
