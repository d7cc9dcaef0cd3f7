const assert = require('node:assert/strict');
const { staves, summary } = require('../src');

describe('casks', () => {
  it('take as many staves as go round the bilge', () => {
    assert.deepEqual(staves({ litres: 225, wood: 'oak' }), { name: 'barrique', wood: 'oak', staves: 34 });
    assert.deepEqual(staves({ litres: 41, wood: 'chestnut' }), { name: 'firkin', wood: 'chestnut', staves: 20 });
  });

  it('come in the sizes the cooperage makes', () => {
    assert.throws(() => staves({ litres: 100, wood: 'oak' }), /no cask of 100 litres/);
  });
});

describe('the week', () => {
  it('adds the orders up by wood', () => {
    const week = [
      { litres: 225, wood: 'oak' },
      { litres: 82, wood: 'oak' },
      { litres: 41, wood: 'acacia' },
    ];
    assert.deepEqual(summary(week, { litres: 225, wood: 'oak' }), {
      byWood: { oak: { casks: 2, staves: 59 }, acacia: { casks: 1, staves: 20 } },
      repeat: false,
    });
  });

  it('knows a repeat order from the ledger', () => {
    const last = { customer: 'Speyside Distillers', wood: 'oak', litres: 225 };
    assert.deepEqual(summary([{ litres: 225, wood: 'oak' }], last), {
      byWood: { oak: { casks: 1, staves: 34 } },
      repeat: true,
    });
  });
});
