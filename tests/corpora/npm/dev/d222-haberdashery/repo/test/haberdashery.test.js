const { Counter, cutLength, cuttingList, orderPence, takePayment } = require('../src');

const ORDERS = [
  { customer: 'Nell', lines: [{ fabric: 'linen', metres: 1.1 }, { fabric: 'satin ribbon', metres: 2.04 }] },
  { customer: 'Ivo', lines: [{ fabric: 'velvet', metres: 0.5 }] },
];

describe('counter', () => {
  test('hands out tickets in turn and wraps after 99', () => {
    const counter = new Counter(98);
    expect(counter.take('Nell')).toBe(98);
    expect(counter.take('Ivo')).toBe(99);
    expect(counter.take('Ruth')).toBe(1);
    expect(counter.serve()).toBe('Nell');
    expect(counter.serve()).toBe('Ivo');
  });

  test('shuts the drawer after a payment, good or bad', () => {
    const till = { open: false, takings: 1000 };
    expect(takePayment(till, 850)).toBe(1850);
    expect(till.open).toBe(false);
    expect(() => takePayment(till, -5)).toThrow('not a payment: -5');
    expect(till.open).toBe(false);
    expect(till.takings).toBe(1850);
  });
});

describe('cutting', () => {
  test('rounds a length up to the step the material is cut to', () => {
    expect(cutLength('linen', 1.1)).toBe(1.25);
    expect(cutLength('satin ribbon', 2.04)).toBe(2.1);
    expect(cutLength('velvet', 0.5)).toBe(0.5);
  });

  test('lists every cut as a fabric and its length', () => {
    expect(cuttingList(ORDERS)).toEqual([
      ['linen', 1.25],
      ['satin ribbon', 2.1],
      ['velvet', 0.5],
    ]);
  });

  test('prices an order on the lengths actually cut', () => {
    expect(orderPence(ORDERS[0])).toBe(2000 + 378);
  });
});
