import assert from 'node:assert/strict';
import { LruCache } from '../src/index.js';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe('LruCache', () => {
  it('keeps up to maxSize entries and drops the least recently used', () => {
    const evicted: string[] = [];
    const cache = new LruCache<string, number>({ maxSize: 3, onEvict: (key) => evicted.push(key) });
    cache.set('a', 1).set('b', 2).set('c', 3);
    assert.equal(cache.size, 3);
    cache.get('a');
    cache.set('d', 4);
    assert.deepEqual(cache.keys(), ['d', 'a', 'c']);
    assert.deepEqual(evicted, ['b']);
    assert.equal(cache.get('b'), undefined);
  });

  it('keeps evicting in order as entries keep coming', () => {
    const cache = new LruCache<number, number>({ maxSize: 2 });
    for (let i = 1; i <= 6; i++) {
      cache.set(i, i * i);
    }
    assert.deepEqual(cache.keys(), [6, 5]);
    assert.equal(cache.get(5), 25);
  });

  it('replaces the value of a key that is set again', () => {
    const cache = new LruCache<string, string>({ maxSize: 2 });
    cache.set('x', 'old').set('y', 'y').set('x', 'new');
    assert.equal(cache.size, 2);
    assert.deepEqual(cache.keys(), ['x', 'y']);
    assert.equal(cache.peek('x'), 'new');
  });

  it('peeks without changing the order', () => {
    const cache = new LruCache<string, number>({ maxSize: 2 });
    cache.set('a', 1).set('b', 2);
    assert.equal(cache.peek('a'), 1);
    cache.set('c', 3);
    assert.deepEqual(cache.keys(), ['c', 'b']);
  });

  it('deletes any entry, the newest and the oldest too', () => {
    const cache = new LruCache<string, number>({ maxSize: 3 });
    cache.set('a', 1).set('b', 2).set('c', 3);
    assert.equal(cache.delete('a'), true);
    assert.equal(cache.delete('c'), true);
    assert.equal(cache.delete('zzz'), false);
    cache.set('d', 4).set('e', 5).set('f', 6);
    assert.deepEqual(cache.keys(), ['f', 'e', 'd']);
  });

  it('forgets entries older than the ttl', () => {
    const time = clock(1000);
    const cache = new LruCache<string, number>({ maxSize: 10, ttl: 500, now: time.now });
    cache.set('a', 1);
    time.advance(499);
    assert.equal(cache.has('a'), true);
    time.advance(1);
    assert.equal(cache.get('a'), undefined);
    assert.equal(cache.size, 0);
  });

  it('refuses a size that is not a positive integer', () => {
    assert.throws(() => new LruCache({ maxSize: 0 }), RangeError);
  });
});
