import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyBoard, freeCells, isFree, place } from '../src/board.js';

describe('board', () => {
  it('starts empty', () => {
    assert.equal(freeCells(emptyBoard(3, 4)), 12);
  });

  it('lays a domino across or down', () => {
    const board = emptyBoard(3, 4);
    assert.equal(place(board, [6, 6], 0, 0, true), true);
    assert.equal(place(board, [6, 2], 1, 1, false), true);
    assert.deepEqual(board, [
      [6, 6, null, null],
      [null, 6, null, null],
      [null, 2, null, null],
    ]);
    assert.equal(freeCells(board), 8);
  });

  it('refuses a taken cell or the edge of the table', () => {
    const board = emptyBoard(2, 3);
    place(board, [1, 2], 0, 1, true);
    assert.equal(isFree(board, 0, 0), true);
    assert.equal(isFree(board, 0, 1), false);
    assert.equal(place(board, [3, 4], 0, 0, true), false);
    assert.equal(place(board, [3, 4], 1, 2, true), false);
    assert.equal(place(board, [3, 4], 1, 0, true), true);
  });
});
