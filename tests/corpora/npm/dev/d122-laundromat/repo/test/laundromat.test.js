const { DEFAULTS, Laundromat } = require('../src');

const SHOP = new Laundromat([
  { id: 'W1', kind: 'washer', capacityKg: 8, price: 4.5, minutes: 35 },
  { id: 'W2', kind: 'washer', capacityKg: 8, price: 4.5, minutes: 35 },
  { id: 'W3', kind: 'washer', capacityKg: 18, price: 9, minutes: 45 },
  { id: 'D1', kind: 'dryer', capacityKg: 15, price: 3, minutes: 30 },
  { id: 'D2', kind: 'dryer', capacityKg: 15, price: 3, minutes: 30 },
]);

describe('Laundromat', () => {
  test('finds a machine by its id', () => {
    expect(SHOP.machine('W3').capacityKg).toBe(18);
    expect(() => SHOP.machine('W9')).toThrow('no machine W9');
  });

  test('fills the biggest machines first', () => {
    expect(SHOP.machinesFor(12, 'washer')).toEqual(['W3']);
    expect(SHOP.machinesFor(25, 'washer')).toEqual(['W3', 'W1']);
    expect(SHOP.machinesFor(20, 'dryer')).toEqual(['D1', 'D2']);
    expect(() => SHOP.machinesFor(40, 'dryer')).toThrow('40 kg does not fit in the dryers');
  });

  test('prices the machines used', () => {
    expect(SHOP.quote(['W3', 'W1'])).toBe('$13.50');
  });

  test('adds detergent for every washer', () => {
    expect(SHOP.quote(['W1', 'W2', 'D1'], { detergent: true })).toBe('$15.00');
  });

  test('prices in another currency without changing the shop default', () => {
    expect(SHOP.quote(['D1'], { currency: '€' })).toBe('€3.00');
    expect(SHOP.quote(['D1'])).toBe('$3.00');
    expect(DEFAULTS.currency).toBe('$');
  });

  test('waits for the slowest machine', () => {
    expect(SHOP.minutesFor(['W1', 'W3'])).toBe(45);
    expect(SHOP.minutesFor([])).toBe(0);
  });
});
