const assert = require('node:assert/strict');
const { parseBout, poolResults, seed, tableau } = require('../src');

const FENCERS = ['Ines', 'Olek', 'Mara', 'Tom'];
const BOUTS = ['Ines-Olek 5:2', 'Mara-Tom 4:5', 'Ines-Mara 3:5', 'Olek-Tom 5:1', 'Ines-Tom 5:4', 'Olek-Mara 5:3'].map(parseBout);

describe('pool', () => {
  it('reads a bout, the left fencer first', () => {
    assert.deepEqual(parseBout('Ines-Olek 5:2'), { left: 'Ines', right: 'Olek', leftTouches: 5, rightTouches: 2 });
  });

  it('refuses more touches than a pool bout has', () => {
    assert.throws(() => parseBout('Ines-Olek 6:2'), /too many touches/);
  });

  it('adds up each fencer\'s bouts', () => {
    const ines = poolResults(FENCERS, BOUTS).find((r) => r.name === 'Ines');
    assert.deepEqual(ines, { name: 'Ines', fenced: 3, victories: 2, scored: 13, received: 11 });
  });
});

describe('seeding', () => {
  it('seeds by victories, then indicator', () => {
    assert.deepEqual(seed(poolResults(FENCERS, BOUTS)), ['Olek', 'Ines', 'Mara', 'Tom']);
  });

  it('meets the first seed with the last', () => {
    assert.deepEqual(tableau(['Olek', 'Ines', 'Mara', 'Tom']), [['Olek', 'Tom'], ['Ines', 'Mara']]);
    assert.deepEqual(tableau(['Olek', 'Ines', 'Mara']), [['Olek', 'Mara']]);
  });
});
