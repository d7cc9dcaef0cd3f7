const { quote, reschedule, dueWeekday, Yard } = require('../src');

describe('slateworks', () => {
  test('quotes the slates a roof takes', () => {
    expect(quote({ size: 'duchess', roofM2: 18.6 })).toMatchObject({ slates: 100 });
    expect(() => quote({ size: 'emperor', roofM2: 10 })).toThrow('no slate called emperor');
  });

  test('moves an order on by whole days, leaving the original alone', () => {
    const order = { size: 'lady', roofM2: 12, due: new Date('2026-03-06T00:00:00Z') };
    const later = reschedule(order, 3);
    expect(dueWeekday(order)).toBe('Fri');
    expect(dueWeekday(later)).toBe('Mon');
    expect(later.due.toISOString().slice(0, 10)).toBe('2026-03-09');
  });

  test('takes a pallet that holds enough from the yard', () => {
    const yard = new Yard([
      { size: 'lady', count: 400 },
      { size: 'duchess', count: 250 },
      { size: 'countess', count: 300 },
    ]);
    expect(yard.take('duchess', 200)).toEqual({ size: 'duchess', count: 200 });
    expect(yard.sizes()).toEqual(['lady', 'countess']);
  });

  test('leaves the yard as it was when no pallet holds enough', () => {
    const yard = new Yard([
      { size: 'lady', count: 400 },
      { size: 'countess', count: 300 },
    ]);
    expect(yard.take('countess', 500)).toBeNull();
    expect(yard.take('duchess', 10)).toBeNull();
    expect(yard.sizes()).toEqual(['lady', 'countess']);
  });
});
