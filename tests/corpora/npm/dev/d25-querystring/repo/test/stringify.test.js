const { parse, stringify, withParams } = require('../src');

describe('stringify', () => {
  test('encodes keys and values', () => {
    expect(stringify({ q: 'red shoes', size: 42, sale: true })).toBe('q=red+shoes&size=42&sale=true');
    expect(stringify({ 'a&b': '1=1' })).toBe('a%26b=1%3D1');
  });

  test('repeats array keys and leaves out missing values', () => {
    expect(stringify({ tag: ['a', 'b'], empty: null, none: undefined, zero: 0 })).toBe('tag=a&tag=b&zero=0');
  });

  test('sorts keys when asked', () => {
    expect(stringify({ b: 2, a: 1, c: 3 }, { sort: true })).toBe('a=1&b=2&c=3');
  });

  test('round-trips through parse', () => {
    const params = { q: 'café & crème', tag: ['x y', 'z+w'], n: '5' };
    expect(parse(stringify(params))).toEqual(params);
  });
});

describe('withParams', () => {
  test('adds and replaces parameters and keeps the fragment', () => {
    expect(withParams('/search?q=old&page=3#results', { q: 'new shoes', page: 1 })).toBe(
      '/search?q=new+shoes&page=1#results',
    );
    expect(withParams('https://example.test/list', { sort: 'name' })).toBe('https://example.test/list?sort=name');
  });

  test('removes a parameter set to null', () => {
    expect(withParams('/list?page=2&sort=name', { page: null })).toBe('/list?sort=name');
  });
});
