import assert from 'node:assert/strict';
import { BoxRound, label, preyPerPellet, preyTotals } from '../src/index.js';
import type { Pellet } from '../src/index.js';

const PELLETS: Pellet[] = [
  { box: 'B1', prey: { vole: 3, shrew: 1 } },
  { box: 'B1', prey: { vole: 2 } },
  { box: 'B4', prey: { vole: 1, shrew: 2, mouse: 1 } },
  { box: 'B4', prey: { vole: 2, shrew: 1 } },
];

describe('owlery', () => {
  it('adds up the prey found in pellets', () => {
    assert.deepEqual(preyTotals(PELLETS), { vole: 8, shrew: 4, mouse: 1 });
  });

  it('works out the prey per pellet', () => {
    assert.equal(preyPerPellet(PELLETS), 3.3);
  });

  it('labels a pellet by its box', () => {
    assert.equal(label(PELLETS[0]), 'P-B1');
    assert.equal(label(PELLETS[2], 'X'), 'X-B4');
  });

  it('takes visits from April to July only', () => {
    const round = new BoxRound();
    assert.equal(round.inSeason('2026-04-02'), true);
    assert.equal(round.inSeason('2026-08-01'), false);
    round.record({ box: 'B1', date: '2026-04-02', occupied: true });
    round.record({ box: 'B4', date: '2026-07-30', occupied: false });
    assert.throws(() => round.record({ box: 'B1', date: '2026-08-01', occupied: true }));
    assert.equal(round.occupancy(), 0.5);
  });
});
