const assert = require('node:assert/strict');
const { Desk, supplies, plan } = require('../src');

function desk() {
  const d = new Desk();
  d.seat('Aldhelm', 4);
  d.seat('Bede', 6);
  d.seat('Cuthbert', 5);
  return d;
}

describe('supplies', () => {
  it('gathers the leaves in quires and mixes ink by the quire', () => {
    assert.deepEqual(supplies(50), { quires: 7, inkMl: 168 });
  });
});

describe('a copying plan', () => {
  it('shares the leaves out and says when the exemplar was last copied', () => {
    const result = plan(desk(), { title: 'Gospels of St Chad', leaves: 236, copiedAt: 1433116800 });
    assert.deepEqual(result, {
      title: 'Gospels of St Chad',
      shares: [
        { name: 'Aldhelm', leaves: 79, days: 20 },
        { name: 'Bede', leaves: 79, days: 14 },
        { name: 'Cuthbert', leaves: 79, days: 16 },
      ],
      lastCopied: '2015-06-01',
      quires: 30,
      inkMl: 720,
    });
  });

  it('needs someone at the desk', () => {
    assert.throws(() => plan(new Desk(), { title: 'Psalter', leaves: 40, copiedAt: 0 }), /no scribes/);
  });
});
