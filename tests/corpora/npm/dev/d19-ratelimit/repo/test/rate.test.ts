import { describe, expect, it } from 'vitest';
import { parseRate } from '../src/rate.js';

describe('parseRate', () => {
  it('reads requests per unit', () => {
    expect(parseRate('60/minute')).toEqual({ capacity: 60, refillPerSecond: 1 });
    expect(parseRate(' 5 / second ')).toEqual({ capacity: 5, refillPerSecond: 5 });
  });

  it('rejects what it cannot read', () => {
    expect(() => parseRate('ten/minute')).toThrow(/invalid rate/);
    expect(() => parseRate('10/day')).toThrow(/invalid rate/);
    expect(() => parseRate('0/second')).toThrow(/at least one/);
  });
});
