const { quote } = require('../src/index');

describe('bouncy castle hire', () => {
  test('picks the widest castle with a metre to spare', () => {
    expect(quote(6.5, 60, false).castle).toBe('Dragon');
    expect(quote(4.5, 60, false).castle).toBe('none fits');
  });

  test('charges each half hour started and the delivery', () => {
    expect(quote(7, 100, true).pence).toBe(12500);
    expect(quote(7, 60, false).pence).toBe(5500);
  });

  test('writes the hire time as hours and minutes', () => {
    expect(quote(7, 90, false).time).toBe('1:30');
    expect(quote(7, 45, false).time).toBe('0:45');
  });
});
