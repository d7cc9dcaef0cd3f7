import { describe, expect, it } from 'vitest';
import { dayPlan, hours, paceFactor } from '../src';
import type { Trail } from '../src';

const RIDGE: Trail = {
  name: 'Ridge loop',
  legs: [
    { name: 'car park to hut', km: 4, snow: 'packed' },
    { name: 'hut to col', km: 6, snow: 'powder' },
    { name: 'col to tarn', km: 3, snow: 'crust' },
    { name: 'tarn to car park', km: 5, snow: 'packed' },
  ],
};

describe('the ridge loop', () => {
  it('slows down in powder and on crust', () => {
    expect(paceFactor('packed')).toBe(1);
    expect(hours(RIDGE)).toBe(5.6);
  });

  it('shares the legs out over two days', () => {
    const names = dayPlan(RIDGE, 2).map((day) => day.map((leg) => leg.name));
    expect(names).toEqual([
      ['car park to hut', 'hut to col'],
      ['col to tarn', 'tarn to car park'],
    ]);
  });

  it('leaves a spare day empty', () => {
    expect(dayPlan({ name: 'short', legs: RIDGE.legs.slice(0, 2) }, 3).map((day) => day.length)).toEqual([1, 1, 0]);
  });
});
