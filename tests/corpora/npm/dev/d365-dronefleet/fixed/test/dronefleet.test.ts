import { describe, expect, it } from 'vitest';
import { Drone, Fleet, canReach, flightMinutes } from '../src/index';

const hopper = new Drone('hopper', 5000, 8000, 40);
const heron = new Drone('heron', 10000, 8000, 50);

describe('battery', () => {
  it('keeps the reserve out of the flight time', () => {
    expect(flightMinutes(5000, 8000)).toBe(30);
    expect(flightMinutes(10000, 8000)).toBe(60);
  });
  it('needs the charge for the way back too', () => {
    expect(canReach(10, 40, 30)).toBe(true);
    expect(canReach(12, 40, 30)).toBe(false);
  });
});

describe('fleet', () => {
  it('gives a job to the first idle drone that can reach it', () => {
    const fleet = new Fleet([hopper, heron]);
    expect(fleet.assign({ id: 'j1', distanceKm: 8 })).toBe('hopper');
    expect(fleet.assign({ id: 'j2', distanceKm: 8 })).toBe('heron');
    expect(fleet.assign({ id: 'j3', distanceKm: 2 })).toBe(null);
    fleet.land('hopper');
    expect(fleet.assign({ id: 'j4', distanceKm: 2 })).toBe('hopper');
  });
  it('starts the next shift with every drone idle', () => {
    const fleet = new Fleet([hopper, heron]);
    fleet.assignAll([{ id: 'a', distanceKm: 2 }, { id: 'b', distanceKm: 2 }]);
    expect(fleet.nextShift().assign({ id: 'c', distanceKm: 2 })).toBe('hopper');
  });
  it('assigns a list of jobs in order', () => {
    const fleet = new Fleet([hopper, heron]);
    expect(fleet.assignAll([{ id: 'far', distanceKm: 14 }, { id: 'near', distanceKm: 3 }, { id: 'last', distanceKm: 1 }])).toEqual([
      'heron',
      'hopper',
      null,
    ]);
  });
});
