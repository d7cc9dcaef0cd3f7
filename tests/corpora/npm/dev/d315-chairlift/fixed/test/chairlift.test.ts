import { describe, expect, it } from 'vitest';
import { byCapacity, hourlyCapacity, LIFTS, shortestWait, waitMinutes } from '../src';

const [edelweiss, gams, nordhang] = LIFTS;

describe('chairlift', () => {
  it('carries a full chair every cycle for an hour', () => {
    expect(hourlyCapacity(edelweiss)).toBe(1200);
    expect(hourlyCapacity(gams)).toBe(1440);
    expect(hourlyCapacity(nordhang)).toBe(800);
  });

  it('ranks the lifts by capacity and leaves the list of lifts as it was', () => {
    expect(byCapacity().map((lift) => lift.name)).toEqual(['Gams', 'Edelweiss', 'Nordhang']);
    expect(LIFTS.map((lift) => lift.name)).toEqual(['Edelweiss', 'Gams', 'Nordhang']);
  });

  it('tells the wait in whole minutes and the lift to queue for', () => {
    expect(waitMinutes(gams, 300)).toBe(13);
    expect(waitMinutes(edelweiss, 300)).toBe(15);
    expect(waitMinutes(nordhang, 100)).toBe(8);
    expect(shortestWait(LIFTS, { Edelweiss: 300, Gams: 300, Nordhang: 100 })).toBe('Nordhang');
  });
});
