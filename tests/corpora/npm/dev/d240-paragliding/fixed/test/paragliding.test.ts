import { describe, expect, it } from 'vitest';
import { briefing, flyable, radioCall } from '../src/index';
import type { Reading, Site } from '../src/index';

const westHill: Site = { name: 'West Hill', facingDeg: 270, maxKnots: 18 };
const southEdge: Site = { name: 'South Edge', facingDeg: 180, maxKnots: 12 };
const breeze: Reading = { station: 'WH1', fromDeg: 250, kmh: 22 };

describe('sites', () => {
  it('are flyable with the wind up the slope and light enough', () => {
    expect(flyable(westHill, breeze)).toBe(true);
    expect(flyable(southEdge, breeze)).toBe(false);
    expect(flyable(westHill, { station: 'WH1', fromDeg: 300, kmh: 40 })).toBe(false);
    expect(flyable(southEdge, { station: 'SE2', fromDeg: 150, kmh: 18 })).toBe(true);
  });

  it('are called on the radio', () => {
    expect(radioCall(westHill, breeze)).toBe('Wind 12 knots from 250, launch open');
    expect(radioCall(southEdge, { station: 'SE2', fromDeg: 90, kmh: 9 })).toBe('Wind 5 knots from 090, launch closed');
  });
});

describe('the briefing', () => {
  const queue = [
    [true, true, true],
    [true, false, true],
    [false, false, true],
  ];

  it('gives the wind in knots and the earliest free launch', () => {
    expect(briefing(westHill, breeze, queue)).toEqual({ site: 'West Hill', knots: 12, launch: { hour: 1, slot: 1 } });
  });

  it('offers no launch when the site is not flyable', () => {
    expect(briefing(southEdge, breeze, queue)).toEqual({ site: 'South Edge', knots: 12, launch: null });
  });

  it('offers no launch when the queue is full', () => {
    expect(briefing(westHill, breeze, [[true], [true]])).toEqual({ site: 'West Hill', knots: 12, launch: null });
  });
});
