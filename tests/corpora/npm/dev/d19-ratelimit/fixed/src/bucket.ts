import { systemClock, type Clock } from './clock.js';

export interface BucketOptions {
  capacity: number;
  refillPerSecond: number;
  clock?: Clock;
}

/** A token bucket: starts full, refills continuously, never holds more than its capacity. */
export class TokenBucket {
  readonly capacity: number;
  private readonly refillPerSecond: number;
  private readonly clock: Clock;
  private tokens: number;
  private updatedAt: number;

  constructor(options: BucketOptions) {
    if (options.capacity <= 0) {
      throw new RangeError('capacity must be positive');
    }
    this.capacity = options.capacity;
    this.refillPerSecond = options.refillPerSecond;
    this.clock = options.clock ?? systemClock;
    this.tokens = options.capacity;
    this.updatedAt = this.clock.now();
  }

  available(): number {
    this.refill();
    return Math.floor(this.tokens);
  }

  tryTake(cost = 1): boolean {
    this.refill();
    if (cost > this.tokens) {
      return false;
    }
    this.tokens -= cost;
    return true;
  }

  /** Milliseconds until `cost` tokens are there (0 when they already are). */
  waitTime(cost = 1): number {
    this.refill();
    const missing = cost - this.tokens;
    if (missing <= 0) {
      return 0;
    }
    return Math.ceil((missing / this.refillPerSecond) * 1000);
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = (now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.refillPerSecond);
    this.updatedAt = now;
  }
}
