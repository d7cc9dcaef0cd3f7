import { describe, expect, it } from 'vitest';
import { DEFAULTS, Hive, nextVisit, summary } from '../src';

describe('honeycomb', () => {
  it('starts a hive from the defaults', () => {
    const hive = new Hive('Clover', { frames: 11 });
    expect(hive.options).toEqual({ frames: 11, queenMarked: true });
    expect(DEFAULTS.frames).toBe(10);
  });

  it('numbers the inspections from 1', () => {
    const hive = new Hive('Heather');
    expect(hive.inspect('2026-05-02', 6, 3.5).number).toBe(1);
    expect(hive.inspect('2026-05-11', 7, 4).number).toBe(2);
  });

  it('summarises the inspections', () => {
    const hive = new Hive('Lime');
    hive.inspect('2026-06-01', 5, 2.5);
    hive.inspect('2026-06-10', 8, 6);
    expect(summary(hive)).toBe('#1 2026-06-01: 5 brood, 2.5 kg\n#2 2026-06-10: 8 brood, 6 kg');
  });

  it('plans the next visit nine days after the last', () => {
    const hive = new Hive('Borage');
    expect(nextVisit(hive)).toBe('now');
    hive.inspect('2026-05-28', 4, 1);
    expect(nextVisit(hive)).toBe('2026-06-06');
  });

  it('refuses more brood frames than the hive holds', () => {
    expect(() => new Hive('Gorse', { frames: 8 }).inspect('2026-05-02', 9, 0)).toThrow(RangeError);
  });
});
