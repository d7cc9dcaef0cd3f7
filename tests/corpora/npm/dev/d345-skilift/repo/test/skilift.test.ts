import { describe, expect, it } from 'vitest';
import { hourlyCapacity, loadKg, seatsLeft, windStatus } from '../src';

const CABINS = [
  { id: 'C1', seats: 8, riders: 6, skis: 6 },
  { id: 'C2', seats: 8, riders: 8, skis: 0 },
];

describe('cabins', () => {
  it('knows the seats left in a cabin', () => {
    expect(seatsLeft(CABINS, 'C1')).toBe(2);
    expect(seatsLeft(CABINS, 'C2')).toBe(0);
    expect(() => seatsLeft(CABINS, 'C9')).toThrow('no cabin C9');
  });

  it('weighs a cabin', () => {
    expect(loadKg(CABINS[0])).toBe(516);
  });
});

describe('line', () => {
  it('carries riders by the hour', () => {
    expect(hourlyCapacity(8, 30)).toBe(960);
    expect(hourlyCapacity(10, 45)).toBe(800);
  });

  it('slows and closes in the wind', () => {
    expect(windStatus(95, 30)).toBe('closed');
    expect(windStatus(70, 65)).toBe('slow');
    expect(windStatus(50, 20)).toBe('open');
  });
});
