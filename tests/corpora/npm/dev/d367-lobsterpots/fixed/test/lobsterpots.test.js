import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { haulLine, isKeeper, landingLimitKg, lineReport, tallyHaul } from '../src/index.js';

const legal = { line: 'north', carapaceMm: 95, vNotched: false, berried: false };

describe('sizes', () => {
  it('keeps a lobster within the sizes', () => {
    assert.equal(isKeeper(legal), true);
    assert.equal(isKeeper({ ...legal, carapaceMm: 82 }), false);
    assert.equal(isKeeper({ ...legal, carapaceMm: 127 }), true);
  });
  it('returns v-notched and berried lobsters', () => {
    assert.equal(isKeeper({ ...legal, vNotched: true }), false);
    assert.equal(isKeeper({ ...legal, berried: true }), false);
  });
});

describe('haul', () => {
  it('counts the keepers by line and the rest as returned', () => {
    const haul = [legal, { ...legal, line: 'reef' }, { ...legal, berried: true }, { ...legal, carapaceMm: 140 }, legal];
    assert.deepEqual(tallyHaul(haul), { kept: { north: 2, reef: 1 }, returned: 2 });
  });
  it('reports the lines in order', () => {
    assert.deepEqual(lineReport({ reef: 1, north: 2 }), ['north: 2', 'reef: 1']);
  });
});

describe('pots', () => {
  it('counts the soak of each pot and sets it again', () => {
    const day = (iso) => new Date(`${iso}T06:00:00Z`);
    const pots = [
      { id: 'N1', setOn: day('2026-06-01') },
      { id: 'N2', setOn: day('2026-05-31') },
    ];
    assert.deepEqual(haulLine(pots, day('2026-06-04')), [3, 4]);
    assert.deepEqual(pots[1].setOn, day('2026-06-04'));
  });
});

describe('quota', () => {
  it('leaves what is left of the week', () => {
    assert.equal(landingLimitKg(40), 110);
    assert.equal(landingLimitKg(180), 0);
  });
});
