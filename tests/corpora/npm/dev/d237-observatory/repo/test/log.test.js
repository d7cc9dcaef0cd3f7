import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLog, seeingLabel, summary } from '../src/log.js';

describe('the observing log', () => {
  it('reads one object per line', () => {
    assert.deepEqual(parseLog('M31 3.4 2\n\nM42 4.0 4\n'), [
      { object: 'M31', magnitude: 3.4, seeing: '2' },
      { object: 'M42', magnitude: 4, seeing: '4' },
    ]);
  });

  it('names the seeing', () => {
    assert.deepEqual([1, 3, 4, 5].map(seeingLabel), ['excellent', 'good', 'poor', 'unusable']);
  });

  it('summarises a saved session', () => {
    const json = JSON.stringify({ observer: 'Caroline', lines: 'M13 5.8 1\nM57 8.8 3' });
    assert.deepEqual(summary(json), ['M13 (5.8): excellent', 'M57 (8.8): good']);
  });

  it('survives a session that is not JSON', () => {
    assert.deepEqual(summary('{not json'), []);
  });
});
