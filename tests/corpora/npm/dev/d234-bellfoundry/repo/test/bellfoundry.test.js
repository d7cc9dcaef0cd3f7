const { metal, Bell, reading } = require('../src');

describe('bell metal', () => {
  test('78 parts copper to 22 of tin, to the nearest 100 g', () => {
    expect(metal(12.3)).toEqual({ copper: 9.6, tin: 2.7 });
    expect(metal(48.7)).toEqual({ copper: 38, tin: 10.7 });
  });
});

describe('tuning', () => {
  test('each partial has its ideal frequency', () => {
    const tenor = new Bell('Tenor', 440);
    expect(tenor.target('hum')).toBe(220);
    expect(tenor.target('tierce')).toBe(528);
    expect(tenor.target('nominal')).toBe(880);
    expect(tenor.span).toBe('Simpson: 4 to 1');
  });

  test('a reading is compared with its ideal in cents', () => {
    const treble = new Bell('Treble', 880);
    const { partial, hz } = reading('quint:1320');
    expect(treble.cents(partial, hz)).toBe(0);
    expect(treble.cents('prime', 907)).toBe(52);
  });

  test('an unknown partial is refused', () => {
    expect(() => new Bell('Second', 660).target('octave')).toThrow('no such partial: octave');
  });
});
