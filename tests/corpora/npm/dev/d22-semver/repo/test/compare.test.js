const { compare, sort, max } = require('../src');

describe('compare', () => {
  test('orders by major, minor and patch as numbers', () => {
    expect(compare('1.10.0', '1.9.0')).toBe(1);
    expect(compare('1.2.3', '1.2.3')).toBe(0);
    expect(compare('0.9.9', '1.0.0')).toBe(-1);
  });

  test('puts a release after its prereleases', () => {
    expect(compare('1.0.0-rc.1', '1.0.0')).toBe(-1);
    expect(compare('1.0.0', '1.0.0-alpha')).toBe(1);
  });

  test('sorts the example of the specification', () => {
    const expected = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ];
    const shuffled = [expected[5], expected[7], expected[0], expected[3], expected[6], expected[1], expected[4], expected[2]];
    expect(sort(shuffled)).toEqual(expected);
  });

  test('ignores build metadata', () => {
    expect(compare('1.0.0+build.1', '1.0.0+build.2')).toBe(0);
  });

  test('finds the highest version', () => {
    expect(max(['1.2.3', 'v2.0.0-rc.1', '1.10.1'])).toBe('2.0.0-rc.1');
    expect(max(['3.0.0', '3.0.0-rc.2'])).toBe('3.0.0');
    expect(max([])).toBeNull();
  });

  test('refuses what is not a version', () => {
    expect(() => compare('1.0', '1.0.0')).toThrow('invalid version: 1.0');
  });
});
