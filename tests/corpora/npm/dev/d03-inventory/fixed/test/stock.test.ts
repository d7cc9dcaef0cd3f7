import { describe, expect, it } from 'vitest';
import { Inventory } from '../src/stock.js';
import { label } from '../src/product.js';

const pen = { sku: 'pen', name: 'Pen', weeklySales: 10 };
const ink = { sku: 'ink', name: 'Ink', weeklySales: 1 };

describe('inventory', () => {
  it('adds up stock of the same product', () => {
    const stock = new Inventory();
    stock.add(pen, 5);
    stock.add(pen, 7);
    expect(stock.quantityOf('pen')).toBe(12);
  });

  it('removes everything that is there', () => {
    const stock = new Inventory();
    stock.add(pen, 5);
    expect(stock.remove('pen', 5)).toBe(true);
    expect(stock.quantityOf('pen')).toBe(0);
  });

  it('refuses to remove more than there is', () => {
    const stock = new Inventory();
    stock.add(ink, 1);
    expect(stock.remove('ink', 2)).toBe(false);
  });

  it('lists products below two weeks of sales', () => {
    const stock = new Inventory();
    stock.add(pen, 15);
    stock.add(ink, 5);
    expect(stock.needsRestock()).toEqual(['pen']);
  });

  it('labels products', () => {
    expect(label(pen)).toBe('Pen (pen)');
  });
});
