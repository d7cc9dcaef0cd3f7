import { describe, expect, it } from 'vitest';
import { lastScare, ride, scaresByPlace } from '../src/index';

describe('ghost train', () => {
  it('seats riders two to a car', () => {
    expect(ride(['Ann', 'Bob', 'Cy']).map((rider) => rider.car)).toEqual([1, 1, 2]);
  });

  it('turns riders away when the train is full', () => {
    expect(() => ride(['a', 'b', 'c', 'd', 'e'])).toThrow(RangeError);
  });

  it('finds the last scare of a kind', () => {
    expect(lastScare('skeleton')).toBe(2);
    expect(lastScare('witch')).toBe(-1);
  });

  it('maps each place to its scare', () => {
    expect(scaresByPlace()).toEqual({ crypt: 'skeleton', bridge: 'bat', cellar: 'skeleton', tower: 'ghost' });
  });
});
