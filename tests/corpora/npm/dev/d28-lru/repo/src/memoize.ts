import { LRUCache } from './lru.js';

export interface MemoizeOptions<A extends unknown[]> {
  maxSize?: number;
  ttl?: number;
  /** The cache key of a call; by default its first argument. */
  key?: (...args: A) => unknown;
}

export interface Memoized<A extends unknown[], R> {
  (...args: A): R;
  cache: LruCache<unknown, R>;
}

/** Remembers the results of the last `maxSize` distinct calls of `fn`. */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, options: MemoizeOptions<A> = {}): Memoized<A, R> {
  const cache = new LruCache<unknown, R>({ maxSize: options.maxSize ?? 100, ttl: options.ttl });
  const keyOf = options.key ?? ((...args: A) => args[0]);
  const memoized = (...args: A): R => {
    const key = keyOf(...args);
    if (cache.has(key)) {
      return cache.get(key) as R;
    }
    const result = fn(...args);
    cache.set(key, result);
    return result;
  };
  return Object.assign(memoized, { cache });
}
