import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bayLoadKn, baysFor, liftsFor, planJob, standardsFor } from '../src/index';

describe('bays', () => {
  it('rounds the run up to whole bays', () => {
    assert.equal(baysFor(10), 4);
    assert.equal(baysFor(11), 5);
  });
  it('rounds the height up to whole lifts', () => {
    assert.equal(liftsFor(7), 4);
  });
  it('stands n bays on n + 1 pairs of standards', () => {
    assert.equal(standardsFor(1), 4);
    assert.equal(standardsFor(4), 10);
  });
});

describe('loads', () => {
  it('loads a bay by its duty', () => {
    assert.equal(bayLoadKn(3.25), 6.5);
    assert.equal(bayLoadKn(1.5, 'inspection'), 1.13);
  });
});

describe('plan', () => {
  it('plans a job', () => {
    assert.deepEqual(planJob({ runM: 12, heightM: 6, widthM: 1.3, duty: 'heavy' }), {
      bays: 5,
      lifts: 3,
      standards: 12,
      loadPerBayKn: 9.75,
    });
    assert.equal(planJob({ runM: 5, heightM: 2, widthM: 1 }).loadPerBayKn, 5);
  });
});
