import assert from 'node:assert/strict';
import { DrumMajor, MARCHING, hitAt, hitTimes, loopMs, rotate, stepMs } from '../src/index.js';

describe('patterns', () => {
  it('rotates a pattern right, the end wrapping to the front', () => {
    assert.equal(rotate('x..x....', 2), '..x..x..');
    assert.equal(rotate('x..x....', 10), '..x..x..');
    assert.equal(rotate('xx..', 0), 'xx..');
  });

  it('reads a repeating pattern on any step, pickups included', () => {
    assert.equal(hitAt('x..x', 3), true);
    assert.equal(hitAt('x..x', 7), true);
    assert.equal(hitAt('x..x', -1), true);
    assert.equal(hitAt('x..x', -2), false);
  });
});

describe('tempo', () => {
  it('times a step from the tempo, sixteenths unless told', () => {
    assert.equal(stepMs(120), 125);
    assert.equal(stepMs(100, 3), 200);
    assert.equal(loopMs(MARCHING, 16), 2000);
  });

  it('keeps the tempo the drum major sets within the range of the line', () => {
    const major = new DrumMajor();
    assert.equal(major.bpm, 120);
    major.bpm = 240;
    assert.equal(major.bpm, 200);
    major.bpm = 96;
    assert.equal(major.bpm, 96);
  });

  it('times the hits of a part from a pickup', () => {
    assert.deepEqual(hitTimes({ drum: 'snare', pattern: 'x.x.' }, MARCHING, -2, 6), [0, 250, 500]);
    assert.deepEqual(hitTimes({ drum: 'bass', pattern: 'x..x' }, MARCHING, -1, 4), [0, 125]);
  });
});
