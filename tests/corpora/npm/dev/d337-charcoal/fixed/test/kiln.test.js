import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dryWeight, expectedCharcoal, loadKiln } from '../src/index.js';

describe('kiln', () => {
  it('takes the water out on the dry basis', () => {
    assert.equal(dryWeight(120, 0.2), 100);
    assert.equal(dryWeight(90, 0.5), 60);
  });

  it('expects a quarter of the dry weight as charcoal', () => {
    assert.equal(expectedCharcoal(120, 0.2), 25);
  });

  it('loads only seasoned stacks', () => {
    const stacks = [
      { id: 'A', wetKg: 120, moisture: 0.2 },
      { id: 'B', wetKg: 200, moisture: 0.6 },
      { id: 'C', wetKg: 250, moisture: 0.25 },
    ];
    assert.deepEqual(loadKiln(stacks), { stacks: ['A', 'C'], charcoalKg: 75 });
  });
});
