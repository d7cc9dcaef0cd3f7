import { describe, expect, it } from 'vitest';
import { FlightPlan, launchCheck } from '../src/index';
import type { Envelope, Wind } from '../src/index';

const forecast: Wind[] = [
  { altitudeM: 1000, knots: 22, heading: 250 },
  { altitudeM: 0, knots: 6, heading: 200 },
  { altitudeM: 500, knots: 14, heading: 230 },
];
const free: Envelope = { name: 'G-BOAT', volumeM3: 2200, tethered: false };
const tethered: Envelope = { name: 'G-TIED', volumeM3: 1400, tethered: true };

describe('winds aloft', () => {
  it('takes the layer at or below the altitude', () => {
    const plan = new FlightPlan(forecast, free);
    expect(plan.windAt(700).knots).toBe(14);
    expect(plan.windAt(1200).heading).toBe(250);
    expect(plan.windAt(0).knots).toBe(6);
  });

  it('knows nothing below the lowest layer', () => {
    const plan = new FlightPlan(forecast.slice(0, 1), free);
    expect(() => plan.windAt(400)).toThrow('no forecast at 400 m');
  });
});

describe('launch', () => {
  it('a free flight goes in light surface wind and waits in a stronger one', () => {
    const plan = new FlightPlan(forecast, free);
    expect(launchCheck(plan, 6)).toBe('go');
    expect(launchCheck(plan, 12)).toBe('hold');
  });

  it('a tethered envelope is always a tethered flight', () => {
    expect(launchCheck(new FlightPlan(forecast, tethered), 3)).toBe('tethered');
  });
});
