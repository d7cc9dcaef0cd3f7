import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { priceOrder, scoopsByFlavour } from '../src/counter.js';

describe('counter', () => {
  it('fills the size with the last flavour and charges for the cone', () => {
    assert.deepEqual(priceOrder({ size: 'grande', flavours: ['pistachio', 'mango sorbet'], holder: 'cone' }), {
      flavours: ['pistachio', 'mango sorbet', 'mango sorbet'],
      holder: 'cone',
      pence: 190 + 160 + 160 + 40,
    });
  });

  it('serves in a cup unless the order or the house says otherwise', () => {
    assert.equal(priceOrder({ size: 'piccolo', flavours: ['hazelnut'] }).holder, 'cup');
    assert.equal(priceOrder({ size: 'piccolo', flavours: ['hazelnut'] }, { holder: 'cone' }).pence, 230);
  });

  it('refuses a size the counter does not serve', () => {
    assert.throws(() => priceOrder({ size: 'enorme', flavours: ['hazelnut'] }), /no size called enorme/);
  });

  it('counts the scoops of each flavour sold', () => {
    const orders = [
      { size: 'medio', flavours: ['stracciatella', 'pistachio'] },
      { size: 'grande', flavours: ['pistachio'] },
      { size: 'piccolo', flavours: ['dark chocolate', 'pistachio'] },
    ];
    assert.deepEqual(scoopsByFlavour(orders), { stracciatella: 1, pistachio: 4, 'dark chocolate': 1 });
  });
});
