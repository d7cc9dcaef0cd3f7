import { describe, expect, it } from 'vitest';
import { TRAILS, groomMinutes, nightPlan, parseRota, passesFor, trailById } from '../src/index';

describe('trails', () => {
  it('grooms the whole width, a part-strip taking a pass of its own', () => {
    expect(passesFor(trailById(3))).toBe(3);
    expect(passesFor(trailById(7))).toBe(2);
    expect(passesFor(trailById(12))).toBe(4);
  });

  it('refuses a trail it does not know', () => {
    expect(() => trailById(99)).toThrow('no trail 99');
    expect(TRAILS).toHaveLength(3);
  });
});

describe('rota', () => {
  it('reads the night rota', () => {
    expect(parseRota('7 3').map((trail) => trail.name)).toEqual(['Fox Gully', 'Birch Run']);
  });

  it('times a trail', () => {
    expect(groomMinutes(trailById(7))).toBe(23);
  });

  it('plans the night', () => {
    expect(nightPlan('12  7')).toEqual({ trails: ['Long Meadow', 'Fox Gully'], minutes: 149 });
  });
});
