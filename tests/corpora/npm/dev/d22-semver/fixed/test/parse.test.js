const { parse, valid, format } = require('../src');

describe('parse', () => {
  test('reads the three numbers', () => {
    expect(parse('1.2.3')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: [], build: '' });
    expect(parse(' v10.0.12 ')).toMatchObject({ major: 10, minor: 0, patch: 12 });
  });

  test('reads prerelease and build', () => {
    expect(parse('2.0.0-rc.1+sha.5114f85')).toEqual({
      major: 2,
      minor: 0,
      patch: 0,
      prerelease: ['rc', '1'],
      build: 'sha.5114f85',
    });
  });

  test('says which strings are not versions', () => {
    expect(valid('1.2')).toBe(false);
    expect(valid('1.2.3.4')).toBe(false);
    expect(valid('latest')).toBe(false);
    expect(parse('x.y.z')).toBeNull();
  });

  test('formats without the build', () => {
    expect(format(parse('1.2.3-beta.2+exp'))).toBe('1.2.3-beta.2');
    expect(format(parse('v4.5.6'))).toBe('4.5.6');
  });
});
