const { berthFee, seasonTotal } = require('../src/berths');

test('charges every started metre', () => {
  expect(berthFee(9.2, 1, 3)).toBe(30);
  expect(berthFee(11.9, 2, 3)).toBe(72);
});

test('adds up a season of bookings', () => {
  const bookings = [
    { lengthM: 9.2, nights: 3 },
    { lengthM: 12, nights: 1 },
  ];
  expect(seasonTotal(bookings, 2.5)).toBe(105);
});
