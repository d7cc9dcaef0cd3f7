import { describe, expect, it } from 'vitest';
import { chipLoads, cureHours, planSmoke, saltGrams, smokeHours, woodsFor } from '../src';

describe('cure', () => {
  it('salts a cold-smoked cut more than a hot-smoked one', () => {
    expect(saltGrams({ name: 'loin', kg: 2, method: 'cold' })).toBe(70);
    expect(saltGrams({ name: 'belly', kg: 3, method: 'hot' })).toBe(75);
  });

  it('cures a day per kilo', () => {
    expect(cureHours({ name: 'side', kg: 2.5, method: 'cold' })).toBe(60);
  });
});

describe('smoke', () => {
  it('smokes cold for longer', () => {
    expect(smokeHours({ name: 'loin', kg: 2, method: 'cold' })).toBe(20);
    expect(smokeHours({ name: 'trout', kg: 1.5, method: 'hot' })).toBe(3.5);
  });

  it('counts the loads of chips, a started load included', () => {
    expect(chipLoads(20)).toBe(7);
    expect(chipLoads(9)).toBe(3);
    expect(chipLoads(3.5, 2)).toBe(2);
  });

  it('names each wood once', () => {
    expect(woodsFor(['ham', 'salmon'])).toBe('oak, beech, alder');
    expect(woodsFor(['tofu'])).toBe('');
  });
});

describe('plan', () => {
  it('plans a cold smoke', () => {
    expect(planSmoke({ name: 'ham hock', kg: 2, method: 'cold' })).toEqual({ salt: 70, cure: 48, smoke: 20, loads: 7 });
  });
});
