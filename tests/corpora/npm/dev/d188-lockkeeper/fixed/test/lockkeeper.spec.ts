import assert from 'node:assert/strict';
import { gatesFor, GuillotineGate, isLevel, Lock, MitreGate, passageMinutes, rise } from '../src/index.js';
import type { LockSpec } from '../src/index.js';

const spec: LockSpec = {
  name: 'Bascote Top',
  lengthM: 22,
  widthM: 2.2,
  upper: { name: 'Summit', levelM: 12.3 },
  lower: { name: 'Bascote', levelM: 10.2 },
  paddleFlowM3PerMin: 20,
};

describe('levels', () => {
  it('measures the rise of a lock', () => {
    assert.equal(rise(12.3, 10.2), 2.1);
    assert.throws(() => rise(10.2, 12.3), /below the lower one/);
  });

  it('treats levels a rounding error apart as level', () => {
    assert.ok(isLevel(10.2 + 2.1, 12.3));
    assert.ok(!isLevel(12.29, 12.3));
  });
});

describe('gates', () => {
  it('gives each kind of gate its opening time', () => {
    const { top, bottom } = gatesFor(2.2, true);
    assert.ok(top instanceof MitreGate);
    assert.ok(bottom instanceof GuillotineGate);
    assert.equal(top.openingSeconds(), 33);
    assert.equal(bottom.openingSeconds(), 75);
  });
});

describe('lock', () => {
  it('opens the top gate only once the chamber is full', () => {
    const lock = new Lock(spec);
    assert.equal(lock.volumeM3, 101.6);
    assert.equal(lock.canOpen('top'), false);
    assert.equal(lock.canOpen('bottom'), true);
    lock.fill();
    assert.equal(lock.canOpen('top'), true);
    assert.equal(lock.canOpen('bottom'), false);
    lock.empty();
    assert.equal(lock.canOpen('bottom'), true);
  });

  it('times a passage through the lock', () => {
    assert.equal(passageMinutes(new Lock(spec), 'up', true), 11);
    assert.equal(passageMinutes(new Lock(spec, true), 'down', false), 18);
  });
});
