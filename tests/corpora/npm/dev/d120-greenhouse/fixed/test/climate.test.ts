import { describe, expect, it } from 'vitest';
import { extremes, mouldRisk, peakHumidity, ventHours } from '../src/climate';
import { MONDAY, TUESDAY, WEDNESDAY } from './fixtures';

describe('climate', () => {
  it('finds the coldest and warmest reading', () => {
    expect(extremes(MONDAY.readings)).toEqual({ min: 8, max: 24 });
  });

  it('finds the most humid reading', () => {
    expect(peakHumidity(MONDAY.readings)).toBe(90);
    expect(peakHumidity(WEDNESDAY.readings)).toBe(96);
  });

  it('opens the vents above the set point only', () => {
    expect(ventHours(TUESDAY.readings, 20)).toEqual([12, 16]);
    expect(ventHours(WEDNESDAY.readings, 20)).toEqual([]);
  });

  it('warns of mould after a humid spell', () => {
    expect(mouldRisk(TUESDAY.readings, 90, 3)).toBe(true);
    expect(mouldRisk(MONDAY.readings, 90, 2)).toBe(false);
  });
});
