import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { badLicences, Hut, hutReport, isLicence, safeFor } from '../src/index';

describe('licences and ice', () => {
  it('knows a day licence by its letters and digits', () => {
    assert.equal(isLicence('LK0042'), true);
    assert.deepEqual(badLicences(['LK0042', 'lk0042', 'L_0042', 'LK042']), ['lk0042', 'L_0042', 'LK042']);
  });

  it('says what the ice will carry', () => {
    assert.equal(safeFor(8), 'closed');
    assert.equal(safeFor(12), 'foot');
    assert.equal(safeFor(25), 'hut');
  });
});

describe('huts', () => {
  it('keeps a hut off thin ice and a catch without a licence out of the log', () => {
    assert.throws(() => new Hut('H1', 15), /ice too thin for a hut: 15 cm/);
    const hut = new Hut('H2', 30);
    assert.throws(() => hut.record({ species: 'perch', grams: 300, licence: 'Lk0001' }), /no valid licence: Lk0001/);
  });

  it('reports each hut with its count and its heaviest fish', () => {
    const north = new Hut('North', 32);
    north.record({ species: 'perch', grams: 340, licence: 'LK0042' });
    north.record({ species: 'pike', grams: 2150, licence: 'LK0042' });
    north.record({ species: 'whitefish', grams: 900, licence: 'LK0107' });
    const south = new Hut('South', 24);
    assert.deepEqual(hutReport([north, south]), [
      { hut: 'North', catches: 3, heaviest: 'pike 2150 g' },
      { hut: 'South', catches: 0, heaviest: null },
    ]);
  });
});
