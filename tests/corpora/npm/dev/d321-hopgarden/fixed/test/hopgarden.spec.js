import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dryWeight, loadSheet, oastLoad, pocketLabel, pockets, wetByVariety } from '../src/index.js';

const SHEET = fileURLToPath(new URL('./sheet.csv', import.meta.url));

describe('hopgarden', () => {
  it('reads a picking sheet', async () => {
    const picks = await loadSheet(SHEET);
    assert.equal(picks.length, 4);
    assert.deepEqual(picks[0], { row: 1, variety: 'fuggle', wetKg: 410 });
  });

  it('totals the green hops of each variety', async () => {
    const totals = wetByVariety(await loadSheet(SHEET));
    assert.deepEqual([...totals], [
      ['fuggle', 730],
      ['goldings', 505],
    ]);
  });

  it('dries green hops down to a fifth of their weight', () => {
    assert.equal(dryWeight(410), 82);
    assert.equal(dryWeight(505), 101);
  });

  it('fills 75 kg pockets, the last one part full', () => {
    assert.equal(pockets(1235), 4);
  });

  it('sends a day\'s picking to the oast', async () => {
    assert.deepEqual(oastLoad(await loadSheet(SHEET)), { dryKg: 247, pockets: 4 });
  });

  it('labels a pocket', () => {
    assert.equal(pocketLabel({ variety: 'goldings', year: 2026 }), 'GOLDINGS 2026');
  });
});
