import assert from 'node:assert/strict';
import { memoize } from '../src/index.js';

describe('memoize', () => {
  it('calls the function once per distinct key', () => {
    let calls = 0;
    const square = memoize((n: number) => {
      calls += 1;
      return n * n;
    });
    assert.deepEqual([square(3), square(3), square(4), square(3)], [9, 9, 16, 9]);
    assert.equal(calls, 2);
  });

  it('remembers only the most recent calls', () => {
    const seen: string[] = [];
    const upper = memoize(
      (text: string) => {
        seen.push(text);
        return text.toUpperCase();
      },
      { maxSize: 2 },
    );
    for (const text of ['a', 'b', 'a', 'c', 'b', 'a']) {
      upper(text);
    }
    assert.deepEqual(seen, ['a', 'b', 'c', 'b', 'a']);
    assert.deepEqual(upper.cache.keys(), ['a', 'b']);
  });

  it('remembers undefined results too and accepts a key function', () => {
    let calls = 0;
    const find = memoize(
      (list: number[], wanted: number) => {
        calls += 1;
        return list.find((item) => item === wanted);
      },
      { key: (list, wanted) => `${list.join(',')}:${wanted}` },
    );
    assert.equal(find([1, 2, 3], 9), undefined);
    assert.equal(find([1, 2, 3], 9), undefined);
    assert.equal(find([1, 2, 3], 2), 2);
    assert.equal(calls, 2);
  });
});
