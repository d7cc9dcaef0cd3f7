import { describe, expect, it } from 'vitest';
import { callOut, depotLoad, routeKm, saltTonnes, treatFirst } from '../src/index';
import type { Road, Route } from '../src/index';

const road = (name: string, km: number, extra: Partial<Road> = {}): Road => ({
  name,
  km,
  priority: 2,
  gradientPct: 2,
  busRoute: false,
  ...extra,
});

const ROUTES: Route[] = [
  { name: 'R10', depot: 'Kelso', roads: [road('A698', 12, { priority: 1 }), road('Back Lane', 3)] },
  { name: 'R2', depot: 'Hawick', roads: [road('B6399', 18, { gradientPct: 11 }), road('Mill Road', 4, { busRoute: true })] },
  { name: 'R1', depot: 'Kelso', roads: [road('Station Brae', 2.5, { gradientPct: 9, priority: 3 })] },
];

describe('routes', () => {
  it('adds up the kilometres and the salt a route needs', () => {
    expect(routeKm(ROUTES[1])).toBe(22);
    expect(saltTonnes(ROUTES[1])).toBe(3.1);
    expect(depotLoad(ROUTES, 'Kelso')).toBe(2.5);
  });
});

describe('plan', () => {
  it('grits priority, steep and bus roads first', () => {
    expect(treatFirst(road('A7', 5, { priority: 1 }))).toBe(true);
    expect(treatFirst(road('Hill Road', 1, { gradientPct: 8 }))).toBe(true);
    expect(treatFirst(road('Back Lane', 3))).toBe(false);
  });

  it('calls the routes out in the council order', () => {
    expect(callOut(ROUTES)).toEqual([
      { route: 'R1', km: 2.5, saltTonnes: 0.4, first: ['Station Brae'] },
      { route: 'R2', km: 22, saltTonnes: 3.1, first: ['B6399', 'Mill Road'] },
      { route: 'R10', km: 15, saltTonnes: 2.1, first: ['A698'] },
    ]);
  });
});
