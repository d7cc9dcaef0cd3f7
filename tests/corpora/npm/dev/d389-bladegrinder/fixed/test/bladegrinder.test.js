const { dayTakings, hollowFor, passesFor, priceFor, ticketFor } = require('../src/index');

describe('grinding', () => {
  test('grinds each discipline to its own hollow', () => {
    expect(hollowFor('figure')).toBe(11.1);
    expect(hollowFor('ringette')).toBe(12.7);
  });

  test('grinds a nick out completely', () => {
    expect(passesFor(0.12)).toBe(3);
    expect(passesFor(0.1)).toBe(2);
    expect(passesFor(0)).toBe(1);
  });
});

describe('prices', () => {
  test('charges passes beyond two per pair', () => {
    expect(priceFor(2, 1)).toBe(8);
    expect(priceFor(3, 2)).toBe(19);
  });

  test('writes a ticket and totals the day', () => {
    const jobs = [
      { skater: 'Ines', discipline: 'hockey', nickMm: 0.12, pairs: 2 },
      { skater: 'Tomek', discipline: 'figure', nickMm: 0.04, pairs: 1 },
    ];
    expect(ticketFor(jobs[0])).toEqual({ skater: 'Ines', hollowMm: 12.7, passes: 3, price: 19 });
    expect(dayTakings(jobs)).toBe(27);
  });
});
