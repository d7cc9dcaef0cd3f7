export interface LruOptions<K, V> {
  /** How many entries the cache keeps; the least recently used one goes first. */
  maxSize: number;
  /** Milliseconds an entry stays fresh; without it entries never expire. */
  ttl?: number;
  now?: () => number;
  onEvict?: (key: K, value: V) => void;
}

interface Entry<K, V> {
  key: K;
  value: V;
  storedAt: number;
  newer?: Entry<K, V>;
  older?: Entry<K, V>;
}

/** A map with a size limit: a doubly linked list keeps the entries from most to least recently used. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, Entry<K, V>>();
  private newest?: Entry<K, V>;
  private oldest?: Entry<K, V>;
  private readonly maxSize: number;
  private readonly ttl: number;
  private readonly now: () => number;
  private readonly onEvict?: (key: K, value: V) => void;

  constructor(options: LruOptions<K, V>) {
    if (!Number.isInteger(options.maxSize) || options.maxSize < 1) {
      throw new RangeError(`maxSize must be a positive integer, not ${options.maxSize}`);
    }
    this.maxSize = options.maxSize;
    this.ttl = options.ttl ?? Infinity;
    this.now = options.now ?? Date.now;
    this.onEvict = options.onEvict;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.fresh(key);
    if (!entry) {
      return undefined;
    }
    this.unlink(entry);
    this.pushNewest(entry);
    return entry.value;
  }

  /** Like get, without making the entry the most recently used. */
  peek(key: K): V | undefined {
    return this.fresh(key)?.value;
  }

  has(key: K): boolean {
    return this.fresh(key) !== undefined;
  }

  set(key: K, value: V): this {
    const existing = this.entries.get(key);
    if (existing) {
      this.unlink(existing);
    }
    const entry: Entry<K, V> = { key, value, storedAt: this.now() };
    this.entries.set(key, entry);
    this.pushNewest(entry);
    if (this.entries.size >= this.maxSize) {
      this.evictOldest();
    }
    return this;
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) {
      return false;
    }
    this.unlink(entry);
    this.entries.delete(key);
    return true;
  }

  /** Keys from the most to the least recently used. */
  keys(): K[] {
    const keys: K[] = [];
    for (let entry = this.newest; entry; entry = entry.older) {
      keys.push(entry.key);
    }
    return keys;
  }

  private fresh(key: K): Entry<K, V> | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.storedAt >= this.ttl) {
      this.delete(key);
      return undefined;
    }
    return entry;
  }

  private pushNewest(entry: Entry<K, V>): void {
    entry.older = this.newest;
    entry.newer = undefined;
    if (this.newest) {
      this.newest.newer = entry;
    } else {
      this.oldest = entry;
    }
    this.newest = entry;
  }

  private unlink(entry: Entry<K, V>): void {
    if (entry.newer) {
      entry.newer.older = entry.older;
    } else {
      this.newest = entry.older;
    }
    if (entry.older) {
      entry.older.newer = entry.newer;
    } else {
      this.oldest = entry.older;
    }
    entry.newer = undefined;
    entry.older = undefined;
  }

  private evictOldest(): void {
    const entry = this.oldest!;
    this.unlink(entry);
    this.entries.delete(entry.key);
    this.onEvict?.(entry.key, entry.value);
  }
}
