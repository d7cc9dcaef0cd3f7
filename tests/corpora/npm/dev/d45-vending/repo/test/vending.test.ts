import { describe, expect, it } from 'vitest';
import { Catalog, createMachine, isCoin, makeChange, total, type CoinBox } from '../src/index';

const box = (entries: Array<[number, number]>): CoinBox => new Map(entries) as CoinBox;

describe('coins and change', () => {
  it('knows the coins it takes', () => {
    expect(isCoin(50)).toBe(true);
    expect(isCoin(1)).toBe(false);
    expect(isCoin(500)).toBe(false);
    expect(total([200, 50, 5])).toBe(255);
  });

  it('gives greedy change from what is in the box', () => {
    const full = box([[200, 5], [100, 5], [50, 5], [20, 5], [10, 5], [5, 5]]);
    expect(makeChange(0, full)).toEqual([]);
    expect(makeChange(5, full)).toEqual([5]);
    expect(makeChange(20, full)).toEqual([20]);
    expect(makeChange(385, full)).toEqual([200, 100, 50, 20, 10, 5]);
    expect(makeChange(40, full)).toEqual([20, 20]);
    expect(makeChange(40, box([[20, 1], [10, 3]]))).toEqual([20, 10, 10]);
    expect(makeChange(30, box([[20, 1]]))).toBeNull();
    expect(makeChange(3, full)).toBeNull();
  });
});

describe('Catalog', () => {
  it('checks slots and prices', () => {
    const catalog = new Catalog().add('A1', 'water', 120, 2);
    expect(catalog.get('A1')).toEqual({ name: 'water', price: 120, stock: 2 });
    expect(() => catalog.add('G1', 'tea', 100)).toThrow("no slot 'G1'");
    expect(() => catalog.add('A2', 'tea', 99.5)).toThrow(RangeError);
    expect(() => catalog.get('B2')).toThrow("slot 'B2' is empty");
    expect(catalog.restock('A1', 3)).toBe(5);
  });

  it('lists the slots in stock', () => {
    const catalog = new Catalog().add('B1', 'crisps', 90, 1).add('A2', 'gum', 50, 0).add('A1', 'water', 120, 4);
    expect(catalog.slotsInStock()).toEqual(['A1', 'B1']);
  });
});

describe('VendingMachine', () => {
  const machine = () =>
    createMachine(
      [
        ['A1', 'water', 120, 2],
        ['A2', 'cola', 150, 1],
        ['B1', 'crisps', 85, 0],
      ],
      { 100: 2, 50: 2, 20: 3, 10: 2, 5: 1 },
    );

  it('adds up the credit and refuses foreign coins', () => {
    const m = machine();
    expect(m.insert(100)).toBe(100);
    expect(m.insert(20)).toBe(120);
    expect(() => m.insert(25)).toThrow('does not take 25');
    expect(m.credit).toBe(120);
  });

  it('sells with exact money and with change', () => {
    const m = machine();
    m.insert(100);
    m.insert(20);
    expect(m.select('A1')).toEqual({ product: 'water', change: [] });
    m.insert(200);
    expect(m.select('A1')).toEqual({ product: 'water', change: [50, 20, 10] });
    expect(m.takings).toBe(240);
    expect(m.credit).toBe(0);
    expect(m.coinsInBox(200)).toBe(1);
    expect(m.coinsInBox(50)).toBe(1);
    expect(m.catalog.get('A1').stock).toBe(0);
    expect(() => m.select('A1')).toThrow('water is sold out');
  });

  it('gives change from the coins just inserted', () => {
    const m = createMachine([['A1', 'water', 120, 1]], {});
    m.insert(100);
    m.insert(20);
    m.insert(20);
    expect(m.select('A1')).toEqual({ product: 'water', change: [20] });
  });

  it('keeps the credit when it cannot sell', () => {
    const m = machine();
    m.insert(100);
    expect(() => m.select('A2')).toThrow('insert 50 more');
    expect(() => m.select('B1')).toThrow('crisps is sold out');
    expect(m.credit).toBe(100);
    const poor = createMachine([['A1', 'water', 120, 1]], { 50: 1 });
    poor.insert(200);
    expect(() => poor.select('A1')).toThrow('exact change only');
    expect(poor.cancel()).toEqual([200]);
    expect(poor.credit).toBe(0);
    expect(poor.catalog.get('A1').stock).toBe(1);
    expect(poor.takings).toBe(0);
  });
});
