const { developMinutes, dilution, parseWidth, rescale, StripTimer } = require('../src');

describe('chemistry', () => {
  test('splits a dilution into stock and water', () => {
    expect(dilution('1+9', 500)).toEqual({ stockMl: 50, waterMl: 450 });
    expect(dilution('1+4', 600)).toEqual({ stockMl: 120, waterMl: 480 });
  });

  test('shortens the time in a warm tank', () => {
    expect(developMinutes(8, 20)).toBe(8);
    expect(developMinutes(8, 22)).toBe(6.5);
    expect(developMinutes(10, 19)).toBe(11);
  });

  test('pushes and pulls', () => {
    expect(developMinutes(9, 20, 1)).toBe(12);
    expect(developMinutes(10, 20, -1)).toBe(8);
  });

  test('refuses a tank that is too cold or too hot', () => {
    expect(() => developMinutes(8, 26)).toThrow(RangeError);
  });
});

describe('exposure', () => {
  test('lays out a test strip in half stops', () => {
    expect(new StripTimer().strip(4, 0.5, 5)).toEqual([4, 5.5, 8, 11.5, 16]);
    expect(new StripTimer(1).strip(10, 1 / 3, 4)).toEqual([10, 13, 16, 20]);
  });

  test('rescales the time for a bigger print', () => {
    expect(rescale(12, '18cm', '36cm')).toBe(48);
    expect(rescale(20, '24 cm', '12cm')).toBe(5);
    expect(rescale(10, '5in', '25.4cm')).toBe(40);
  });

  test('reads print widths in centimetres and inches', () => {
    expect(parseWidth('18cm')).toBe(18);
    expect(parseWidth(' 10 in ')).toBe(25.4);
  });
});
