const { evaluate } = require('../src/evaluate');
const { tokenize } = require('../src/tokens');

test('numbers and operators', () => {
  expect(tokenize('1 + 2.5')).toEqual([
    { type: 'number', value: 1 },
    { type: 'op', value: '+' },
    { type: 'number', value: 2.5 },
  ]);
});

test('products bind tighter than sums', () => {
  expect(evaluate('2 + 3 * 4')).toBe(14);
});

test('subtraction is left associative', () => {
  expect(evaluate('10 - 4 - 3')).toBe(3);
});

test('parentheses', () => {
  expect(evaluate('(2 + 3) * 4')).toBe(20);
});

test('a dangling operator is an error', () => {
  expect(() => evaluate('1 +')).toThrow('unexpected end');
});
