const { Session, Stove } = require('../src');

describe('stoves', () => {
  test('takes 2.5 kg of stones a kW', () => {
    expect(new Stove('Tylo').stonesKg).toBe(20);
  });

  test('refuses a model it does not know', () => {
    expect(() => new Stove('Kota')).toThrow('unknown stove: Kota');
  });
});

describe('sessions', () => {
  test('sums up an electric session', () => {
    const session = new Session('electric', 'Harvia', [62, 75, 81, 84, 80]);
    expect(session.summary()).toBe(
      'electric sauna, Harvia stove (15 kg of stones): peak 84 °C over 25 min in 2 rounds',
    );
  });

  test('calls a wood-fired session traditional', () => {
    const session = new Session('wood', 'Huum', [70, 88, 91]);
    expect(session.summary()).toBe(
      'traditional sauna, Huum stove (22.5 kg of stones): peak 91 °C over 15 min in 1 rounds',
    );
  });

  test('keeps the timing on the session', () => {
    const session = new Session('smoke', 'Tylo', [90, 95, 93, 96]);
    session.summary();
    expect([session.minutes, session.rounds]).toEqual([20, 1]);
  });
});
