const { openSessions, priceFor, Session } = require('../src');

const sam = { name: 'Sam', age: 8, socks: true };
const ada = { name: 'Ada', age: 35 };
const tom = { name: 'Tom', age: 4, socks: true };

describe('prices', () => {
  test('charges by age and sells socks', () => {
    expect(priceFor(sam, '11:00')).toBe(9);
    expect(priceFor(ada, '11:00')).toBe(14.5);
    expect(priceFor(tom, '09:00')).toBe(3);
  });
});

describe('sessions', () => {
  test('books a single jumper', () => {
    const session = new Session('11:00', 10);
    expect(session.book(sam)).toBe(9);
    expect(session.spaces).toBe(9);
  });

  test('books a family in one go', () => {
    const session = new Session('09:00', 10);
    expect(session.book([ada, tom])).toBe(11.5);
    expect(session.jumpers.map((jumper) => jumper.name)).toEqual(['Ada', 'Tom']);
  });

  test('refuses a party larger than the spaces left', () => {
    const session = new Session('15:00', 3);
    session.book(sam);
    session.book(ada);
    expect(() => session.book([sam, tom])).toThrow(/only 1 spaces left at 15:00/);
  });

  test('lists the sessions with room', () => {
    const early = new Session('09:00', 4);
    const late = new Session('16:00', 2);
    late.book(ada);
    expect(openSessions([early, late])).toEqual(['09:00', '16:00']);
  });
});
