import { describe, expect, it } from 'vitest';
import { Lane, outerGrid, sessionPence, type Car } from '../src/index';

const cars: Car[] = [
  { id: 1, colour: 'red', lane: Lane.Outer },
  { id: 2, colour: 'blue', lane: Lane.Inner },
  { id: 3, colour: 'green', lane: Lane.Outer },
];

describe('dodgems', () => {
  it('lines up the outer lane', () => {
    expect(outerGrid(cars)).toEqual(['red 1', 'green 3']);
  });

  it('prices a weekday session by its minutes', () => {
    expect(sessionPence('6 min', '2026-12-09')).toBe(300);
  });

  it('adds the weekend extra on Saturdays and Sundays', () => {
    expect(sessionPence('6 min', '2026-12-12')).toBe(400);
    expect(sessionPence('6 min', '2026-12-13')).toBe(400);
  });

  it('refuses a slot without minutes', () => {
    expect(() => sessionPence('free ride', '2026-12-09')).toThrow(RangeError);
  });
});
