const { test } = require('node:test');
const assert = require('node:assert/strict');
const { wrap, justify } = require('../src/wrap');

test('wraps at the width', () => {
  assert.deepEqual(wrap('the quick brown fox jumps over the lazy dog', 10), [
    'the quick', 'brown fox', 'jumps over', 'the lazy', 'dog',
  ]);
});

test('a word longer than the width gets its own line', () => {
  assert.deepEqual(wrap('a extraordinarily b', 5), ['a', 'extraordinarily', 'b']);
});

test('justify spreads the spaces from the left', () => {
  assert.equal(justify('a b c', 8), 'a   b  c');
  assert.equal(justify('single', 10), 'single');
});
