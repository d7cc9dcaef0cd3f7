const { booking, gigFee, walkerKit } = require('../src/index');

describe('gigs', () => {
  test('charges the first two hours flat', () => {
    expect(gigFee('parade', 2)).toBe(180);
  });
  test('charges only the hours past the first two as overtime', () => {
    expect(gigFee('festival', 5)).toBe(370);
  });
});

describe('kit', () => {
  test('sizes the stilts and the trousers', () => {
    expect(walkerKit(180)).toEqual({ stiltCm: 60, trouserCm: 145 });
    expect(walkerKit(160)).toEqual({ stiltCm: 45, trouserCm: 120 });
  });
  test('books a troupe', () => {
    const gig = { kind: 'evening', hours: 3, walkers: [{ heightCm: 180 }, { heightCm: 160 }] };
    expect(booking(gig).fees).toBe(380);
    expect(booking(gig).kits).toHaveLength(2);
  });
});
