import { TokenBucket, type BucketOptions } from './bucket.js';
import type { Clock } from './clock.js';
import { parseRate } from './rate.js';

export interface Decision {
  allowed: boolean;
  retryAfterMs: number;
  remaining: number;
}

/** One token bucket per key (user, IP address, API token...), all with the same rate. */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly options: BucketOptions;

  constructor(rate: string, clock?: Clock) {
    const { capacity, refillPerSecond } = parseRate(rate);
    this.options = { capacity, refillPerSecond, clock };
  }

  check(key: string, cost = 1): Decision {
    const bucket = this.bucketFor(key);
    const allowed = bucket.tryTake(cost);
    return {
      allowed,
      retryAfterMs: allowed ? 0 : bucket.waitTime(cost),
      remaining: bucket.available(),
    };
  }

  reset(key: string): void {
    this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }

  private bucketFor(key: string): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.options);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
