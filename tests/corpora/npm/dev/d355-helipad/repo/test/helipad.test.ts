import { describe, expect, it } from 'vitest';
import { canLift, clock, parseManifest, payloadKg, slots } from '../src';

describe('slots', () => {
  it('fits whole slots between opening and closing', () => {
    expect(slots(480, 600, 45)).toEqual([
      { start: 480, end: 525 },
      { start: 525, end: 570 },
    ]);
    expect(slots(480, 600, 60)).toHaveLength(2);
    expect(slots(600, 630, 45)).toEqual([]);
  });

  it('writes a slot as a clock time', () => {
    expect(clock(525)).toBe('08:45');
    expect(clock(1230)).toBe('20:30');
  });
});

describe('manifest', () => {
  it('reads the booking form', () => {
    expect(parseManifest('Ana, 62; Bo,80')).toEqual([
      { name: 'Ana', kg: 62 },
      { name: 'Bo', kg: 80 },
    ]);
  });

  it('weighs the passengers with their bags', () => {
    const passengers = parseManifest('Ana, 62; Bo, 80; held,');
    expect(payloadKg(passengers)).toBe(152);
    expect(payloadKg(passengers, 0)).toBe(142);
  });

  it('checks the payload against the aircraft', () => {
    const passengers = parseManifest('Ana, 62; Bo, 80');
    expect(canLift(passengers, 160)).toBe(true);
    expect(canLift(passengers, 150)).toBe(false);
  });
});
