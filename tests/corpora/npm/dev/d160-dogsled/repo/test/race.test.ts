import { describe, expect, it } from 'vitest';
import { clock, plan, speedAfter } from '../src';

describe('race plan', () => {
  it('slows the team by a tenth for each hour run', () => {
    expect(speedAfter(16, 0)).toBe(16);
    expect(speedAfter(16, 1)).toBeCloseTo(14.4);
    expect(speedAfter(16, 2)).toBeCloseTo(12.96);
  });

  it('writes a clock time, on a later day when past midnight', () => {
    expect(clock(605)).toBe('10:05');
    expect(clock(1440 + 75)).toBe('day 2 01:15');
  });

  it('plans arrivals and departures at the checkpoints', () => {
    const checkpoints = [
      { name: 'Birch Lake', km: 20, restMinutes: 30 },
      { name: 'Old Mine', km: 47, restMinutes: 240 },
      { name: 'Finish', km: 60, restMinutes: 0 },
    ];
    expect(plan(checkpoints, 16, 8 * 60)).toEqual([
      { checkpoint: 'Birch Lake', arrive: '09:15', depart: '09:45' },
      { checkpoint: 'Old Mine', arrive: '11:38', depart: '15:38' },
      { checkpoint: 'Finish', arrive: '16:45', depart: '16:45' },
    ]);
  });
});
