const { hatPrice, headCm, invoice, readOrder, scheduleOrders } = require('../src');

const ORDERS = [
  { customer: 'Ada', due: '2026-05-09', hat: { style: 'fedora', trims: ['ribbon'] } },
  { customer: 'Bea', due: '2026-05-02', hat: { style: 'fascinator', trims: ['feather', 'veil'] } },
  { customer: 'Cy', due: '2026-05-05', hat: { style: 'cloche' } },
];

describe('hats', () => {
  test('prices a hat with its trimmings', () => {
    expect(hatPrice({ style: 'cloche', trims: ['ribbon', 'feather'] })).toBe(8550);
    expect(hatPrice({ style: 'boater' })).toBe(6400);
  });

  test('refuses a style the workroom does not make', () => {
    expect(() => hatPrice({ style: 'bowler' })).toThrow('unknown style: bowler');
  });

  test('measures a head in centimetres whatever unit it was given in', () => {
    expect(headCm(57, 'cm')).toBe(57);
    expect(headCm(22.5, 'in')).toBe(57.2);
    expect(headCm(7, 'hat')).toBe(55.9);
    expect(() => headCm(7, 'mm')).toThrow('unknown unit: mm');
  });

  test('reads an order sent as JSON', () => {
    const order = readOrder('{"customer":"Di","due":"2026-05-03","hat":{"style":"boater"}}');
    expect(invoice(order)).toBe('Di: boater £64.00');
  });
});

describe('workroom', () => {
  test('makes the hats in the order they are due', () => {
    expect(scheduleOrders(ORDERS).map((row) => row.customer)).toEqual(['Bea', 'Cy', 'Ada']);
  });

  test('gives the bench hours of each hat to the hundredth and when it is ready', () => {
    expect(scheduleOrders(ORDERS)).toEqual([
      { customer: 'Bea', hours: 2.92, readyAfter: 2.92 },
      { customer: 'Cy', hours: 5, readyAfter: 7.92 },
      { customer: 'Ada', hours: 6.33, readyAfter: 14.25 },
    ]);
  });
});
