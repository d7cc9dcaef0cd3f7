const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { splitFrames, isComplete } = require('../src/frames');

describe('splitFrames', () => {
  it('groups open frames in pairs and strikes alone', () => {
    assert.deepEqual(splitFrames([3, 4, 10, 5, 5, 0, 0]), [[3, 4], [10], [5, 5], [0, 0]]);
    assert.deepEqual(splitFrames([]), []);
  });

  it('gives the tenth frame its bonus rolls', () => {
    const perfect = Array(12).fill(10);
    const frames = splitFrames(perfect);
    assert.equal(frames.length, 10);
    assert.deepEqual(frames[9], [10, 10, 10]);
    const spareLast = [...Array(18).fill(1), 7, 3, 4];
    assert.deepEqual(splitFrames(spareLast)[9], [7, 3, 4]);
    assert.deepEqual(splitFrames(Array(20).fill(2))[9], [2, 2]);
  });

  it('rejects impossible games', () => {
    assert.throws(() => splitFrames([7, 5]), /frame 1 knocks down more than 10 pins/);
    assert.throws(() => splitFrames([11]), /roll 1 is not a pin count/);
    assert.throws(() => splitFrames([3, -1]), /roll 2 is not a pin count/);
    assert.throws(() => splitFrames([1.5]), /not a pin count/);
    assert.throws(() => splitFrames(Array(21).fill(1)), /more rolls than a game has/);
  });
});

describe('isComplete', () => {
  it('knows when the last frame is over', () => {
    assert.equal(isComplete(Array(20).fill(0)), true);
    assert.equal(isComplete(Array(19).fill(0)), false);
    assert.equal(isComplete(Array(12).fill(10)), true);
    assert.equal(isComplete(Array(11).fill(10)), false);
    assert.equal(isComplete([...Array(18).fill(0), 5, 5]), false);
    assert.equal(isComplete([...Array(18).fill(0), 5, 5, 5]), true);
  });
});
