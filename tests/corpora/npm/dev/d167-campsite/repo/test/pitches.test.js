import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openGate, parsePitch, surface } from '../src/pitches.js';

describe('pitches', () => {
  it('reads the field and number of a pitch code', () => {
    assert.deepEqual(parsePitch('RIVER-07'), { field: 'river', number: 7 });
    assert.deepEqual(parsePitch('Orchard-12'), { field: 'orchard', number: 12 });
    assert.throws(() => parsePitch('RIVER7'), /not a pitch code/);
  });

  it('knows the hard-standing pitches', () => {
    assert.equal(surface('RIVER-04'), 'hard');
    assert.equal(surface('RIVER-05'), 'grass');
    assert.equal(surface('MEADOW-01'), 'grass');
  });
});

describe('gate', () => {
  it('resolves with the code the barrier answers', async () => {
    const gate = { id: 'north', open: (answer) => setTimeout(() => answer('OPEN'), 5) };
    assert.equal(await openGate(gate, 200), 'OPEN');
  });

  it('rejects when the barrier does not answer in time', async () => {
    const gate = { id: 'south', open: () => {} };
    await assert.rejects(openGate(gate, 20), /gate south did not answer/);
  });
});
