const assert = require('node:assert/strict');
const { dayTakings, needsWax, shinePrice, tinsNeeded } = require('../src/index');

const walkIn = { regular: false };
const regular = { regular: true };

describe('polish', () => {
  it('waxes leather and brushes suede', () => {
    assert.equal(needsWax('calf'), true);
    assert.equal(needsWax('suede'), false);
  });

  it('counts the tins of wax for the waxed pairs only', () => {
    const pairs = Array.from({ length: 30 }, (_, i) => ({ leather: i % 3 === 0 ? 'suede' : 'calf' }));
    assert.equal(tinsNeeded(pairs), 1);
    assert.equal(tinsNeeded([...pairs, ...pairs]), 2);
  });
});

describe('stand', () => {
  it('prices a shine off the board', () => {
    assert.equal(shinePrice({ leather: 'calf', newLaces: true }, walkIn), 7.5);
    assert.equal(shinePrice({ leather: 'suede' }, walkIn), 4);
  });

  it('takes a tenth off for regulars', () => {
    assert.equal(shinePrice({ leather: 'patent' }, regular), 5.4);
  });

  it('adds up the day with the tips', () => {
    const visits = [
      { pair: { leather: 'calf' }, customer: walkIn, tip: 2 },
      { pair: { leather: 'suede', newLaces: true }, customer: regular },
    ];
    assert.equal(dayTakings(visits), 12.95);
  });
});
