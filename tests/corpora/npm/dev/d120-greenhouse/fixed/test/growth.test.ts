import { describe, expect, it } from 'vitest';
import { daysToHarvest, degreeDays } from '../src/growth';
import type { Crop } from '../src/types';
import { MONDAY, TUESDAY, WEDNESDAY } from './fixtures';

const LETTUCE: Crop = { name: 'lettuce', baseCelsius: 4, degreeDaysToHarvest: 25 };

describe('growth', () => {
  it('counts the mean temperature above the base', () => {
    expect(degreeDays(MONDAY, 10)).toBe(6);
    expect(degreeDays(TUESDAY, 10)).toBe(8.5);
  });

  it('never counts a cold day as negative', () => {
    expect(degreeDays(WEDNESDAY, 10)).toBe(0);
  });

  it('finds the day the crop is ready', () => {
    expect(daysToHarvest([MONDAY, TUESDAY, WEDNESDAY], LETTUCE)).toBe(2);
    expect(daysToHarvest([WEDNESDAY, WEDNESDAY], LETTUCE)).toBeNull();
  });
});
