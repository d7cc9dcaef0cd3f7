import { describe, expect, it } from 'vitest';
import { WAYPOINTS, byDistance, canBreak, convoySpeedKn, passageHours, speedInIceKn } from '../src/index';

const breaker = { name: 'Urho', iceClass: 'PC3', openWaterKn: 18 };
const tanker = { name: 'Tellus', iceClass: 'PC5', openWaterKn: 14 };
const coaster = { name: 'Mira', iceClass: 'PC7', openWaterKn: 12 };

describe('ships', () => {
  it('breaks the ice its class allows', () => {
    expect(canBreak(breaker, 2.5)).toBe(true);
    expect(canBreak(tanker, 2.5)).toBe(false);
  });

  it('slows in ice by the share of its limit', () => {
    expect(speedInIceKn(breaker, 0.6)).toBe(14.4);
    expect(speedInIceKn(tanker, 0.6)).toBe(8.4);
    expect(speedInIceKn(coaster, 0.7)).toBe(0);
  });
});

describe('convoy', () => {
  it('orders the waypoints along the route', () => {
    expect(byDistance(WAYPOINTS).map((point) => point.name)).toEqual(['Kemi', 'Hailuoto', 'Raahe', 'Oulu roads']);
    expect(WAYPOINTS[1].name).toBe('Oulu roads');
  });

  it('moves at the pace of its slowest ship', () => {
    expect(convoySpeedKn([breaker, tanker], 0.6)).toBe(8.4);
    expect(convoySpeedKn([breaker], 0.6)).toBe(14.4);
  });

  it('times the passage from Kemi to Oulu', () => {
    expect(passageHours([breaker, tanker], 0.6)).toBe(7.1);
  });
});
