const { dispense, dosesPerDay, doseTimes, isControlled, label, parseExpiry, Shelf, tabletsNeeded } = require('../src');

const AMOX = { code: 'AMX500', frequency: 'every 8 hours', tabletsPerDose: 1, days: 7 };
const PARA = { code: 'PCM500', frequency: '4 times daily', tabletsPerDose: 2, days: 5 };

function shelf() {
  return new Shelf([
    { code: 'AMX500', packs: 4, expires: '03/2027' },
    { code: 'PCM500', packs: 10, expires: '11/2026' },
  ]);
}

describe('dosing', () => {
  test('reads the frequencies a prescriber writes', () => {
    expect(dosesPerDay('every 8 hours')).toBe(3);
    expect(dosesPerDay('twice daily')).toBe(2);
    expect(dosesPerDay('4 times daily')).toBe(4);
    expect(() => dosesPerDay('now and then')).toThrow('unknown frequency');
  });

  test('counts the tablets of a course', () => {
    expect(tabletsNeeded(AMOX)).toBe(21);
    expect(tabletsNeeded(PARA)).toBe(40);
  });

  test('spreads the doses over the day, earliest first', () => {
    expect(doseTimes('07:30', 'every 8 hours')).toEqual(['07:30', '15:30', '23:30']);
    expect(doseTimes('20:00', 'twice daily')).toEqual(['08:00', '20:00']);
  });
});

describe('dispensing', () => {
  test('takes whole packs from the shelf', () => {
    const stock = shelf();
    expect(dispense(stock, AMOX)).toEqual({ packs: 1, left: 3, reorder: false });
    expect(dispense(stock, { ...AMOX, days: 10 })).toEqual({ packs: 2, left: 1, reorder: true });
    expect(stock.count('AMX500')).toBe(1);
  });

  test('counts packs of another size', () => {
    expect(dispense(shelf(), AMOX, { packSize: 14 })).toEqual({ packs: 2, left: 2, reorder: false });
  });

  test('refuses a product past its expiry', () => {
    expect(() => dispense(shelf(), PARA, { today: '2027-01-15' })).toThrow('expired');
    expect(dispense(shelf(), PARA, { today: '2026-11-30', packSize: 20 }).packs).toBe(2);
  });

  test('lists the products to order again', () => {
    const stock = shelf();
    stock.take('PCM500', 9);
    expect(stock.lowStock()).toEqual(['PCM500']);
    expect(stock.lowStock(4)).toEqual(['AMX500', 'PCM500']);
  });

  test('reads expiry dates as the end of their month', () => {
    expect(parseExpiry('03/2027')).toBe(Date.UTC(2027, 3, 1));
    expect(parseExpiry(undefined)).toBeNull();
  });
});

describe('labels', () => {
  test('knows the controlled drugs', () => {
    expect(isControlled('Diazepam')).toBe(true);
    expect(isControlled('paracetamol')).toBe(false);
  });

  test('writes the directions', () => {
    expect(label(AMOX)).toBe('Take 1 tablet every 8 hours for 7 days');
    expect(label(PARA)).toBe('Take 2 tablets 4 times daily for 5 days');
  });
});
