import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeOrder, priceOrders, sheetsNeeded } from '../src/orders.js';

describe('orders', () => {
  it('counts the sheets a book takes', () => {
    assert.equal(sheetsNeeded(64, 1, 10), 160);
    assert.equal(sheetsNeeded(64, 3, 10), 40);
    assert.equal(sheetsNeeded(96, 4, 5), 15);
  });

  it('describes an order', () => {
    const order = { title: 'Hymnal', sheet: 'A1', folds: 3, pages: 160, copies: 2 };
    assert.equal(describeOrder(order), 'Hymnal: 210 x 297 mm, 20 sheets');
  });

  it('prices the orders together', async () => {
    const quote = async (order) => order.copies * 3;
    assert.equal(await priceOrders([{ copies: 2 }, { copies: 5 }], quote), 21);
  });
});
