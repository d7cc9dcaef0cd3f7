import { describe, expect, it } from 'vitest';
import { Team } from '../src';
import type { Dog } from '../src';

const dog = (name: string, position: Dog['position'], weightKg: number): Dog => ({
  name,
  position,
  weightKg,
  ageYears: 4,
});

describe('Team', () => {
  const team = () =>
    new Team('Aila')
      .hitch(dog('Tundra', 'wheel', 31))
      .hitch(dog('Kesti', 'lead', 22))
      .hitch(dog('Boreas', 'team', 27))
      .hitch(dog('Aki', 'lead', 21))
      .hitch(dog('Sisu', 'swing', 24));

  it('adds up the weight of the dogs in harness', () => {
    expect(team().totalWeight()).toBe(125);
  });

  it('lines the dogs up from the leaders to the wheel', () => {
    expect(team().lineup()).toEqual(['lead:Aki', 'lead:Kesti', 'swing:Sisu', 'team:Boreas', 'wheel:Tundra']);
  });

  it('refuses to hitch the same dog twice and drops a dog by name', () => {
    const t = team();
    expect(() => t.hitch(dog('Sisu', 'team', 24))).toThrow('already in harness');
    expect(t.drop('Sisu')).toBe(true);
    expect(t.size).toBe(4);
    expect(t.totalWeight()).toBe(101);
  });
});
