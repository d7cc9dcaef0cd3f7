const assert = require('node:assert/strict');
const { bestBuy, runsAt, ticketPence } = require('../src');

describe('rides', () => {
  it('charges at least the season minimum', () => {
    assert.equal(ticketPence('waltzer'), 350);
    assert.equal(ticketPence('carousel'), 300);
  });

  it('knows when a ride starts', () => {
    assert.equal(runsAt('carousel', 12), true);
    assert.equal(runsAt('carousel', 13), false);
  });

  it('runs the ghost train at midnight', () => {
    assert.equal(runsAt('ghost train', 0), true);
  });

  it('refuses a ride the fair does not have', () => {
    assert.throws(() => ticketPence('big wheel'), /no such ride: big wheel/);
  });
});

describe('wristbands', () => {
  it('pays by ticket for a short evening', () => {
    const plan = [
      { ride: 'waltzer', hour: 20 },
      { ride: 'ghost train', hour: 21 },
    ];
    assert.deepEqual(bestBuy(plan), { rides: 2, pence: 650, wristband: false });
  });

  it('buys a wristband for a long night, midnight run included', () => {
    const plan = [
      { ride: 'carousel', hour: 16 },
      { ride: 'waltzer', hour: 18 },
      { ride: 'waltzer', hour: 22 },
      { ride: 'ghost train', hour: 23 },
      { ride: 'ghost train', hour: 0 },
    ];
    assert.deepEqual(bestBuy(plan), { rides: 5, pence: 1200, wristband: true });
  });
});
