const assert = require('node:assert/strict');
const { cost, draw, formatPence, generator, Ledger, PRIZES, prizeList } = require('../src');

function evening() {
  const ledger = new Ledger();
  ledger.sell('Nia', 5);
  ledger.sell('Olu', 2);
  ledger.sell('Nia', 3);
  ledger.sell('Pam', 1);
  return ledger;
}

describe('tickets', () => {
  it('numbers the tickets in the order they are sold', () => {
    const ledger = evening();
    assert.equal(ledger.sold(), 11);
    assert.equal(ledger.holder(7), 'Olu');
    assert.equal(ledger.holder(9), 'Nia');
    assert.equal(ledger.holder(12), null);
  });

  it('sells books of five cheaper', () => {
    assert.equal(cost(1), 200);
    assert.equal(cost(5), 800);
    assert.equal(cost(8), 1400);
    assert.equal(formatPence(cost(8)), '£14.00');
  });
});

describe('draw', () => {
  it('repeats the same numbers from the same seed', () => {
    const a = generator(42);
    const b = generator(42);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
  });

  it('gives each prize to a different buyer', () => {
    const results = draw(evening(), PRIZES, 7);
    assert.equal(results.length, 3);
    assert.deepEqual(results.map((r) => r.prize), ['weekend for two', 'hamper', 'bicycle service']);
    assert.deepEqual(new Set(results.map((r) => r.buyer)).size, 3);
  });

  it('gives no more prizes than there are buyers', () => {
    const ledger = new Ledger();
    ledger.sell('Quin', 4);
    assert.deepEqual(draw(ledger, PRIZES, 3).map((r) => r.buyer), ['Quin']);
  });

  it('lists the prizes', () => {
    assert.deepEqual(prizeList(2), ['1. weekend for two (the harbour hotel)', '2. hamper (the farm shop)']);
  });
});
