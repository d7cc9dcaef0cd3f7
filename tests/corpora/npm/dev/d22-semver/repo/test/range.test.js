const { satisfies, maxSatisfying } = require('../src');

describe('ranges', () => {
  test('caret allows changes that do not touch the first non-zero part', () => {
    expect(satisfies('1.9.0', '^1.2.3')).toBe(true);
    expect(satisfies('2.0.0', '^1.2.3')).toBe(false);
    expect(satisfies('1.2.2', '^1.2.3')).toBe(false);
    expect(satisfies('0.2.9', '^0.2.3')).toBe(true);
    expect(satisfies('0.3.0', '^0.2.3')).toBe(false);
    expect(satisfies('0.0.4', '^0.0.3')).toBe(false);
  });

  test('tilde allows patch updates only', () => {
    expect(satisfies('1.2.9', '~1.2.3')).toBe(true);
    expect(satisfies('1.3.0', '~1.2.3')).toBe(false);
    expect(satisfies('0.4.1', '~0.4.0')).toBe(true);
  });

  test('an exact version and a lower bound', () => {
    expect(satisfies('1.2.3', '1.2.3')).toBe(true);
    expect(satisfies('1.2.4', '=1.2.3')).toBe(false);
    expect(satisfies('7.0.0', '>=1.2.3')).toBe(true);
  });

  test('picks the highest version in a range', () => {
    const published = ['1.0.0', '1.2.0', '1.2.7', '1.3.0', '2.0.0'];
    expect(maxSatisfying(published, '^1.0.0')).toBe('1.3.0');
    expect(maxSatisfying(published, '~1.2.0')).toBe('1.2.7');
    expect(maxSatisfying(published, '^3.0.0')).toBeNull();
  });
});
