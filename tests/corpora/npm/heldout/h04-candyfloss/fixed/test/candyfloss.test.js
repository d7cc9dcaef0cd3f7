const { spin, sugarNeeded, ticketLetter } = require('../src/index');

describe('candyfloss', () => {
  test('calls orders by letter from A', () => {
    expect(ticketLetter(0)).toBe('A');
    expect(ticketLetter(2)).toBe('C');
    expect(ticketLetter(26)).toBe('A');
  });

  test('spins a cone with its sugar', () => {
    expect(spin('blue').label()).toBe('blue (28 g)');
  });

  test('adds up the sugar for the queue', () => {
    expect(sugarNeeded(['pink', 'rainbow', 'pink'])).toBe(95);
  });

  test('refuses an unknown flavour', () => {
    expect(() => spin('green')).toThrow(RangeError);
  });
});
