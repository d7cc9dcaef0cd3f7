export { LruCache, type LruOptions } from './lru.js';
export { memoize, type Memoized, type MemoizeOptions } from './memoize.js';
