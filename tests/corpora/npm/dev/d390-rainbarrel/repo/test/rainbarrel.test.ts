import { describe, expect, it } from 'vitest';
import { Barrel, collectWeek, fillChain, litresFrom, storedL, weeklyRainMm, type Roof } from '../src/index';

const shed: Roof = { areaM2: 12, material: 'felt' };

describe('roof', () => {
  it('collects the runoff of its material', () => {
    expect(litresFrom({ areaM2: 10, material: 'metal' }, 4)).toBe(38);
    expect(litresFrom(shed, 5)).toBe(48);
  });

  it('adds up a week of gauge readings', () => {
    expect(weeklyRainMm('2.5 0 4  1.5')).toBe(8);
  });
});

describe('barrels', () => {
  it('fills a part-full barrel only to its brim', () => {
    const barrel = new Barrel(200);
    expect(barrel.fill(150)).toBe(0);
    expect(barrel.fill(100)).toBe(50);
    expect(barrel.level).toBe(200);
  });

  it('passes the overflow down the chain', () => {
    const chain = [new Barrel(100), new Barrel(100)];
    expect(fillChain(chain, 130)).toBe(0);
    expect(fillChain(chain, 100)).toBe(30);
    expect(storedL(chain)).toEqual([100, 100]);
  });

  it('stores a week of rain off the shed', () => {
    const chain = [new Barrel(60), new Barrel(60)];
    expect(collectWeek(shed, chain, '3 4.5 2.5')).toBe(0);
    expect(storedL(chain)).toEqual([60, 36]);
  });
});
