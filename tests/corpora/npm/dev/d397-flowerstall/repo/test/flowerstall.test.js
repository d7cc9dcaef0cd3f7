import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bunchPrice, stockBoard, ticket, unavailable, wrappedPrice } from '../src/index.js';

describe('bunches', () => {
  it('sells by the dozen and the rest singly', () => {
    assert.equal(bunchPrice(12), 9);
    assert.equal(bunchPrice(5), 4.5);
    assert.equal(bunchPrice(18), 14.4);
  });

  it('wraps a big bunch in the dearer paper', () => {
    assert.equal(wrappedPrice(10), 9.8);
    assert.equal(wrappedPrice(24), 19.5);
  });
});

describe('stall', () => {
  it('chalks up the flowers in stock', () => {
    assert.deepEqual(stockBoard(), ['freesia', 'rose', 'tulip']);
  });

  it('names the flowers that are not on the stall', () => {
    assert.deepEqual(unavailable([{ flower: 'rose', stems: 6 }, { flower: 'peony', stems: 3 }]), ['peony']);
  });

  it('writes a ticket line for each bunch', () => {
    const order = [
      { flower: 'tulip', stems: 18 },
      { flower: 'rose', stems: 6 },
    ];
    assert.equal(ticket(order), '18 tulip: 15.90\n6 rose: 6.20');
    assert.equal(ticket([{ flower: 'peony', stems: 3 }]), 'to order: peony');
  });
});
