const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { move, parseLevel, play, render, solved } = require('../src');

const ROOM = ['#######', '#.@ $ #', '#  $$ #', '#. .  #', '#######'].join('\n');

describe('levels', () => {
  it('are read and drawn back', () => {
    const state = parseLevel(ROOM);
    assert.equal(state.player, '2,1');
    assert.deepEqual([...state.boxes].sort(), ['3,2', '4,1', '4,2']);
    assert.deepEqual([...state.goals].sort(), ['1,1', '1,3', '3,3']);
    assert.equal(render(state), ROOM);
    assert.equal(render(parseLevel('#####\n#+$*#\n#####')), '#####\n#+$*#\n#####');
  });

  it('are checked', () => {
    assert.throws(() => parseLevel('###\n#$#\n###'), /no player/);
    assert.throws(() => parseLevel('####\n#@$#\n####'), /1 boxes for 0 goals/);
    assert.throws(() => parseLevel('####\n#@x#\n####'), /unknown square 'x' at 2,1/);
  });
});

describe('moves', () => {
  it('walk and push', () => {
    const { state, moves, pushes } = play(parseLevel(ROOM), 'rr');
    assert.deepEqual([moves, pushes], [2, 1]);
    assert.equal(state.player, '4,1');
    assert.ok(state.boxes.has('5,1'));
  });

  it('stop at walls', () => {
    const start = parseLevel(ROOM);
    assert.equal(move(start, 'u').moved, false);
    const { state, moves } = play(start, 'rrr');
    assert.equal(moves, 2);
    assert.equal(state.player, '4,1');
  });

  it('cannot push a box into another box', () => {
    const { state, moves, pushes } = play(parseLevel(ROOM), 'dr');
    assert.deepEqual([moves, pushes], [1, 0]);
    assert.equal(state.player, '2,2');
    assert.equal(state.boxes.size, 3);
  });

  it('solve a level', () => {
    const result = play(parseLevel('#####\n#@$.#\n#####'), 'R');
    assert.equal(solved(result.state), true);
    assert.equal(render(result.state), '#####\n# @*#\n#####');
    assert.throws(() => move(result.state, 'x'), /unknown direction 'x'/);
  });
});
