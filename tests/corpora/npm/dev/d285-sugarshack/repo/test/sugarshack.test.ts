import { describe, expect, it } from 'vitest';
import { SpoutTap, Tap, litresPerHour, panAreaM2, valveCode } from '../src/index';

describe('evaporator', () => {
  it('measures a flat and a round-ended pan', () => {
    expect(panAreaM2(1, 3, false)).toBe(3);
    expect(panAreaM2(1, 3, true)).toBeCloseTo(2.785, 3);
  });

  it('boils off sap by the area', () => {
    expect(litresPerHour(3)).toBe(1200);
  });
});

describe('taps', () => {
  it('numbers the taps of every kind in one series', () => {
    expect([Tap.next(), SpoutTap.next(), Tap.next()]).toEqual(['T1', 'T2', 'T3']);
  });

  it('writes a code for the valves of a line', () => {
    expect(valveCode([false, true, false, true])).toBe('0101');
    expect(valveCode([true, true])).toBe('11');
  });
});
