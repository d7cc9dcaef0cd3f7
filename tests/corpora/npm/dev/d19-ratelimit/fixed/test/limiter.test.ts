import { describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock.js';
import { RateLimiter } from '../src/limiter.js';

describe('RateLimiter', () => {
  it('allows a burst up to the rate and then asks to retry later', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter('2/second', clock);
    expect(limiter.check('alice')).toEqual({ allowed: true, retryAfterMs: 0, remaining: 1 });
    expect(limiter.check('alice')).toEqual({ allowed: true, retryAfterMs: 0, remaining: 0 });
    expect(limiter.check('alice')).toEqual({ allowed: false, retryAfterMs: 500, remaining: 0 });
    clock.advance(500);
    expect(limiter.check('alice').allowed).toBe(true);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter('1/minute', new ManualClock());
    expect(limiter.check('alice').allowed).toBe(true);
    expect(limiter.check('bob').allowed).toBe(true);
    expect(limiter.check('alice').allowed).toBe(false);
    expect(limiter.size).toBe(2);
  });

  it('forgets a key on reset', () => {
    const limiter = new RateLimiter('1/hour', new ManualClock());
    limiter.check('alice');
    limiter.reset('alice');
    expect(limiter.check('alice')).toEqual({ allowed: true, retryAfterMs: 0, remaining: 0 });
  });

  it('charges expensive requests more', () => {
    const limiter = new RateLimiter('10/second', new ManualClock());
    expect(limiter.check('export', 10).remaining).toBe(0);
    expect(limiter.check('export', 5)).toEqual({ allowed: false, retryAfterMs: 500, remaining: 0 });
  });
});
