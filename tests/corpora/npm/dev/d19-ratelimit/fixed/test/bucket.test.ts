import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../src/bucket.js';
import { ManualClock } from '../src/clock.js';

function bucket(capacity: number, refillPerSecond: number) {
  const clock = new ManualClock(1_000);
  return { clock, bucket: new TokenBucket({ capacity, refillPerSecond, clock }) };
}

describe('TokenBucket', () => {
  it('starts full and hands out every token', () => {
    const { bucket: b } = bucket(3, 1);
    expect(b.available()).toBe(3);
    expect([b.tryTake(), b.tryTake(), b.tryTake()]).toEqual([true, true, true]);
    expect(b.tryTake()).toBe(false);
    expect(b.available()).toBe(0);
  });

  it('takes several tokens at once only when they are all there', () => {
    const { bucket: b } = bucket(5, 1);
    expect(b.tryTake(4)).toBe(true);
    expect(b.tryTake(2)).toBe(false);
    expect(b.tryTake(1)).toBe(true);
  });

  it('refills with time but not above its capacity', () => {
    const { clock, bucket: b } = bucket(4, 2);
    b.tryTake(4);
    clock.advance(500);
    expect(b.available()).toBe(1);
    clock.advance(60_000);
    expect(b.available()).toBe(4);
  });

  it('says how long to wait for the next token', () => {
    const { clock, bucket: b } = bucket(2, 4);
    b.tryTake(2);
    expect(b.waitTime()).toBe(250);
    expect(b.waitTime(2)).toBe(500);
    clock.advance(250);
    expect(b.waitTime()).toBe(0);
  });

  it('refuses an empty bucket', () => {
    expect(() => new TokenBucket({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
  });
});
