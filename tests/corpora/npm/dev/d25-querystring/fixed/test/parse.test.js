const { parse } = require('../src');

describe('parse', () => {
  test('reads keys and values, with or without the question mark', () => {
    expect(parse('?page=2&q=shoes')).toEqual({ page: '2', q: 'shoes' });
    expect(parse('page=2')).toEqual({ page: '2' });
    expect(parse('')).toEqual({});
    expect(parse('?')).toEqual({});
  });

  test('decodes percent-encoding and every plus sign', () => {
    expect(parse('q=red+running+shoes&city=S%C3%A3o%20Paulo')).toEqual({
      q: 'red running shoes',
      city: 'São Paulo',
    });
    expect(parse('sum=1%2B1+%3D+2')).toEqual({ sum: '1+1 = 2' });
  });

  test('collects repeated keys into arrays', () => {
    expect(parse('tag=a&tag=b&tag=c&x=1')).toEqual({ tag: ['a', 'b', 'c'], x: '1' });
    expect(parse('tag=a', { arrays: ['tag'] })).toEqual({ tag: ['a'] });
  });

  test('accepts keys without values and empty pairs', () => {
    expect(parse('debug&verbose=&&a=1')).toEqual({ debug: '', verbose: '', a: '1' });
  });

  test('keeps a stray percent sign', () => {
    expect(parse('discount=100%')).toEqual({ discount: '100%' });
  });
});
