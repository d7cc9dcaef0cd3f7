import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countAround, neighbours, parseBoard } from '../src/index.js';

const FIELD = `
  *....
  .....
  ...*.
  .....
`;

describe('the board', () => {
  it('is read from text', () => {
    const board = parseBoard(FIELD);
    assert.equal(board.rows, 4);
    assert.equal(board.cols, 5);
    assert.deepEqual([...board.mines], ['0,0', '2,3']);
    assert.throws(() => parseBoard('..\n...'), SyntaxError);
    assert.throws(() => parseBoard('.x'), SyntaxError);
  });

  it('knows each cell\'s neighbours', () => {
    const board = parseBoard(FIELD);
    assert.equal(neighbours(board, 0, 0).length, 3);
    assert.equal(neighbours(board, 0, 2).length, 5);
    assert.equal(neighbours(board, 1, 1).length, 8);
    assert.deepEqual(neighbours(board, 3, 4), [[2, 3], [2, 4], [3, 3]]);
  });

  it('counts the mines around a cell', () => {
    const board = parseBoard(FIELD);
    assert.equal(countAround(board, 1, 1), 1);
    assert.equal(countAround(board, 1, 2), 1);
    assert.equal(countAround(board, 1, 3), 1);
    assert.equal(countAround(board, 3, 0), 0);
    assert.equal(countAround(board, 0, 0), 0);
  });
});
