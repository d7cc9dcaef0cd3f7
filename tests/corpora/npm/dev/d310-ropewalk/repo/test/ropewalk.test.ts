import { describe, expect, it } from 'vitest';
import { breakingLoad, byName, cut, safeWorkingLoad, totalLength } from '../src';

describe('ropewalk', () => {
  it('adds up the strength of every strand', () => {
    expect(breakingLoad(byName('mooring')!)).toBe(2280);
    expect(breakingLoad(byName('hybrid')!)).toBe(1250);
  });

  it('rounds the safe working load down, with a larger factor for natural fibre', () => {
    expect(safeWorkingLoad(byName('mooring')!)).toBe(380);
    expect(safeWorkingLoad(byName('halyard')!)).toBe(292);
    expect(safeWorkingLoad(byName('hybrid')!)).toBe(208);
  });

  it('cuts a piece off without changing the stock rope', () => {
    const mooring = byName('mooring')!;
    const [piece, rest] = cut(mooring, 12);
    expect(piece.lengthM).toBe(12);
    expect(rest.lengthM).toBe(28);
    expect(mooring.lengthM).toBe(40);
  });

  it('knows how much rope the walk holds', () => {
    expect(totalLength()).toBe(95);
  });
});
