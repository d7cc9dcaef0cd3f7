const { words, sentenceCount, readingMinutes, topWords } = require('../src/text');

const text = 'The cat sat. The cat ran! Did the dog see it? No.';

test('words are lower case', () => {
  expect(words('Hello World')).toEqual(['hello', 'world']);
});

test('sentences end with . ! or ?', () => {
  expect(sentenceCount(text)).toBe(4);
});

test('reading time rounds up', () => {
  expect(readingMinutes('word '.repeat(201))).toBe(2);
  expect(readingMinutes('')).toBe(0);
});

test('most frequent words first, ties alphabetical', () => {
  expect(topWords(text, 3)).toEqual(['the', 'cat', 'did']);
});
