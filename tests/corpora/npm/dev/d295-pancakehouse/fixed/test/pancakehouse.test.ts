import { describe, expect, it } from 'vitest';
import { Griddle, stacksPerTable, withDefaults } from '../src';

describe('the pancake house', () => {
  it('fills in what the order form left blank', () => {
    expect(withDefaults({ table: 4, stack: 2, syrup: undefined })).toEqual({
      table: 4,
      stack: 2,
      syrup: 'maple',
      butter: true,
    });
  });

  it('counts the pancakes each table is waiting for', () => {
    const orders = [withDefaults({ table: 4 }), withDefaults({ table: 7, stack: 5 }), withDefaults({ table: 4, stack: 2 })];
    expect(stacksPerTable(orders)).toEqual({ 4: 5, 7: 5 });
  });

  it('times a stack on the griddle', () => {
    const griddle = new Griddle('left');
    expect(griddle.label()).toBe('left station');
    expect(griddle.minutesFor(withDefaults({ table: 1 }))).toBe(5);
  });
});
