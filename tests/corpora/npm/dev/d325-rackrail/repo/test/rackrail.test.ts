import { describe, expect, it } from 'vitest';
import { Train, departures, minutesDown, minutesUp, needsBankingEngine } from '../src/index';

const LINE = new Train([
  { lengthM: 1200, riseM: 150 },
  { lengthM: 800, riseM: 200 },
  { lengthM: 2000, riseM: 180 },
]);

describe('rackrail', () => {
  it('finds the steepest gradient and the total rise', () => {
    expect(LINE.steepest).toBe(250);
    expect(LINE.totalRise).toBe(530);
  });

  it('asks for a banking engine above the limit', () => {
    expect(needsBankingEngine(LINE, 200)).toBe(true);
    expect(needsBankingEngine(LINE, 250)).toBe(false);
  });

  it('times the climb and the descent', () => {
    expect(minutesUp(4000)).toBe(27);
    expect(minutesDown(4000)).toBe(20);
  });

  it('lists the departures across the hour', () => {
    expect(departures('09:40', 25, 4)).toEqual(['09:40', '10:05', '10:30', '10:55']);
  });
});
