const assert = require('node:assert/strict');
const { panelArea, tinsFor, Workshop, restorationQuote } = require('../src');

const panels = [
  { name: 'door', widthM: 0.9, heightM: 1.2 },
  { name: 'door', widthM: 0.9, heightM: 1.2 },
  { name: 'boot', widthM: 1.5, heightM: 0.8 },
];
const rates = { spoke: 14, hinge: 22, lamp: 95 };

describe('paint', () => {
  it('adds up the panels', () => {
    assert.equal(Math.round(panelArea(panels) * 100) / 100, 3.36);
  });

  it('buys whole tins for the coats', () => {
    assert.equal(tinsFor(panels, 4), 2);
    assert.equal(tinsFor(panels, 2), 1);
    assert.equal(tinsFor([{ widthM: 4, heightM: 2.5 }], 6), 9);
  });
});

describe('workshop', () => {
  it('prices each part with the markup', () => {
    const shop = new Workshop(rates);
    assert.equal(shop.priceOf({ kind: 'spoke', count: 12 }), 202);
    assert.throws(() => shop.priceOf({ kind: 'axle', count: 1 }), /no rate for axle/);
  });

  it('bills every part of a job', () => {
    const shop = new Workshop(rates, 0.1);
    assert.deepEqual(shop.bill([{ kind: 'hinge', count: 4 }, { kind: 'lamp', count: 2 }]), { lines: [97, 209], total: 306 });
  });
});

describe('quotes', () => {
  it('quotes the parts and the enamel', () => {
    const shop = new Workshop(rates);
    assert.deepEqual(restorationQuote(shop, [{ kind: 'lamp', count: 2 }], panels, 4), { tins: 2, total: 304 });
  });
});
