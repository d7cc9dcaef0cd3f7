import assert from 'node:assert/strict';
import { PipeSet, loadTune, meanOffset } from '../src/index.js';

describe('pipe sets', () => {
  it('counts the reeds played past 40 hours', () => {
    assert.equal(new PipeSet('Naill', [12, 41, 40, 3]).wornReeds, 2);
  });

  it('wants a reed for each drone and one for the chanter', () => {
    assert.throws(() => new PipeSet('Naill', [1, 2, 3]), /three drone reeds/);
  });
});

describe('tuning', () => {
  it('averages the offsets, a drone in tune included', () => {
    assert.equal(meanOffset('4\n0\n-1'), 1);
  });

  it('leaves out a drone the tuner could not hear', () => {
    assert.equal(meanOffset('6\n\n-2'), 2);
  });
});

describe('tunes', () => {
  it('loads a march and counts its beats', async () => {
    const tune = await loadTune('scotland-the-brave');
    assert.equal(tune.name, 'Scotland the Brave');
    assert.equal(tune.beats, 64);
  });

  it('loads a waltz', async () => {
    assert.equal((await loadTune('the-rowan-tree')).beats, 72);
  });
});
