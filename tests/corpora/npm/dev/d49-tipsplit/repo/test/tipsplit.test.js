const { toCents, formatCents, allocate, rateFor, tipCents, summarize, splitBill, receipt } = require('../src');

describe('money', () => {
  test('converts amounts to cents and back to text', () => {
    expect(toCents(12.34)).toBe(1234);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(0)).toBe(0);
    expect(() => toCents(-1)).toThrow(TypeError);
    expect(() => toCents('5')).toThrow('not an amount: 5');
    expect(formatCents(1234)).toBe('$12.34');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(-250, '€')).toBe('-€2.50');
  });

  test('allocates every cent, the leftovers to the largest remainders', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [1, 3])).toEqual([250, 750]);
    expect(allocate(101, [1, 1])).toEqual([51, 50]);
    expect(allocate(10, [2, 1, 0])).toEqual([7, 3, 0]);
    expect(() => allocate(10, [0, 0])).toThrow(RangeError);
    expect(() => allocate(10, [])).toThrow(RangeError);
  });
});

describe('tips', () => {
  test('knows the rate for each kind of service', () => {
    expect(rateFor('poor')).toBe(10);
    expect(rateFor('ok')).toBe(15);
    expect(rateFor('good')).toBe(18);
    expect(rateFor('great')).toBe(22);
    expect(() => rateFor('rude')).toThrow("no tip rate for 'rude' service");
  });

  test('rounds the tip to the cent', () => {
    expect(tipCents(4550, 18)).toBe(819);
    expect(tipCents(999, 15)).toBe(150);
    expect(tipCents(1000, 0)).toBe(0);
    expect(() => tipCents(1000, -5)).toThrow(RangeError);
  });
});

describe('splitting a bill', () => {
  const bill = { subtotal: 80, tax: 6.4 };

  test('tips on the subtotal by default, on the total when asked', () => {
    expect(summarize(bill)).toEqual({ subtotal: 8000, tax: 640, tip: 1440, total: 10080 });
    expect(summarize(bill, { service: 'great' }).tip).toBe(1760);
    expect(summarize(bill, { tipPercent: 20, tipOnTax: true }).tip).toBe(1728);
    expect(summarize({ subtotal: 12 }).total).toBe(1416);
  });

  test('leaves no tip when the table says 0 %', () => {
    expect(summarize(bill, { tipPercent: 0 })).toEqual({ subtotal: 8000, tax: 640, tip: 0, total: 8640 });
    expect(splitBill(bill, { tipPercent: 0, people: 2 })).toEqual([4320, 4320]);
  });

  test('splits evenly or by what each person had', () => {
    expect(splitBill(bill)).toEqual([10080]);
    expect(splitBill(bill, { people: 3 })).toEqual([3360, 3360, 3360]);
    expect(splitBill({ subtotal: 10 }, { people: 3, tipPercent: 10 })).toEqual([367, 367, 366]);
    expect(splitBill(bill, { weights: [30, 50] })).toEqual([3780, 6300]);
    expect(() => splitBill(bill, { people: 0 })).toThrow('between 0 people');
  });

  test('prints a receipt with each share', () => {
    expect(receipt({ subtotal: 45.5, tax: 3.64 }, { people: 2, service: 'ok' })).toBe(
      [
        'Subtotal $45.50',
        'Tax $3.64',
        'Tip $6.83',
        'Total $55.97',
        'Person 1 $27.99',
        'Person 2 $27.98',
      ].join('\n'),
    );
    expect(receipt({ subtotal: 20 })).toBe('Subtotal $20.00\nTax $0.00\nTip $3.60\nTotal $23.60');
  });
});
