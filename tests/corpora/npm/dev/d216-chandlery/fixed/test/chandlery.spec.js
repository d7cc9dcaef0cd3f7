const assert = require('node:assert/strict');
const { burnTime, candle, parseOrder, pourWeight, priceLabel } = require('../src');

describe('wax', () => {
  it('weighs the wax a mould takes', () => {
    assert.equal(pourWeight(60, 70), 178);
    assert.equal(pourWeight(90, 110), 630);
  });

  it('gives the burn time of a candle to a tenth of an hour', () => {
    assert.equal(burnTime('soy', 178), 14.2);
    assert.throws(() => burnTime('tallow', 100), /unknown wax: tallow/);
  });
});

describe('orders', () => {
  it('reads an order line, however it is spaced', () => {
    assert.deepEqual(parseOrder('  3  small soy   lavender  cedar '), {
      count: 3,
      size: 'small',
      blend: 'soy',
      scents: ['lavender', 'cedar'],
    });
  });

  it('works out one candle', () => {
    assert.deepEqual(candle({ count: 1, size: 'large', blend: 'beeswax', scents: ['fig', 'cedar'] }), {
      grams: 630,
      hours: 63,
      pence: 4080,
    });
  });

  it('labels an order with its price in pounds', () => {
    assert.equal(priceLabel({ count: 2, size: 'large', blend: 'beeswax', scents: ['fig', 'cedar'] }), '2 x large beeswax: £81.60');
    assert.equal(priceLabel({ count: 6, size: 'small', blend: 'paraffin', scents: ['lavender'] }), '6 x small paraffin: £30.36');
  });
});
