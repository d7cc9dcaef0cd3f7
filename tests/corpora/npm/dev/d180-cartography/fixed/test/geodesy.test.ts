import { describe, expect, it } from 'vitest';
import { greatCircleKm, initialBearing, tileFor, tileKey, tilesCovering } from '../src';

const london = { name: 'London', lat: 51.5074, lon: -0.1278 };
const paris = { name: 'Paris', lat: 48.8566, lon: 2.3522 };

describe('geodesy', () => {
  it('measures the great-circle distance', () => {
    expect(Math.round(greatCircleKm(london, paris))).toBe(344);
    expect(greatCircleKm(london, london)).toBe(0);
  });

  it('gives the initial bearing clockwise from north', () => {
    expect(Math.round(initialBearing(london, paris))).toBe(148);
    expect(Math.round(initialBearing(paris, london))).toBe(330);
  });
});

describe('tiles', () => {
  it('finds the tile that holds a point', () => {
    expect(tileKey(tileFor(london.lat, london.lon, 10))).toBe('10/511/340');
    expect(tileFor(0, 0, 1)).toEqual({ zoom: 1, x: 1, y: 1 });
  });

  it('lists the tiles a box covers, row by row', () => {
    expect(tilesCovering(51.25, -0.3, 51.6, 0.1, 10)).toEqual(['10/511/340', '10/512/340', '10/511/341', '10/512/341']);
  });
});
