const { slugify, slugsFor } = require('../src/index');
const { normalize } = require('../src/slug');

test('lower case words joined by dashes', () => {
  expect(slugify('Hello, World!')).toBe('hello-world');
});

test('accents are dropped', () => {
  expect(normalize('Crème Brûlée')).toBe('creme brulee');
  expect(slugify('Crème Brûlée')).toBe('creme-brulee');
});

test('long titles are cut at a word boundary', () => {
  expect(slugify('one two three four five', 12)).toBe('one-two');
});

test('duplicates get a number', () => {
  expect(slugsFor(['Hello world', 'hello WORLD', 'Hello-World'])).toEqual([
    'hello-world',
    'hello-world-2',
    'hello-world-3',
  ]);
});
