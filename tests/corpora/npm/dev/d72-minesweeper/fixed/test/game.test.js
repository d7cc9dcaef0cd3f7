import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newGame, parseBoard, render, reveal, toggleFlag, won } from '../src/index.js';

const FIELD = `
  *....
  .....
  ...*.
  .....
`;

describe('a game', () => {
  it('opens the empty area around a cell with no mine near it', () => {
    const board = parseBoard(FIELD);
    const state = newGame();
    assert.equal(reveal(board, state, 0, 4), 'open');
    assert.equal(render(board, state), ['#1...', '#1111', '#####', '#####'].join('\n'));
  });

  it('does not open flagged cells, even in an empty area', () => {
    const board = parseBoard(FIELD);
    const state = newGame();
    toggleFlag(state, 0, 3);
    assert.equal(reveal(board, state, 0, 4), 'open');
    assert.equal(render(board, state), ['###F.', '###11', '#####', '#####'].join('\n'));
    assert.equal(reveal(board, state, 0, 3), 'ignored');
  });

  it('is lost on a mine and shows them all', () => {
    const board = parseBoard(FIELD);
    const state = newGame();
    toggleFlag(state, 3, 3);
    assert.equal(reveal(board, state, 2, 3), 'boom');
    assert.equal(render(board, state), ['*####', '#####', '###*#', '###F#'].join('\n'));
    assert.equal(reveal(board, state, 3, 0), 'ignored');
    assert.equal(won(board, state), false);
  });

  it('is won when every safe cell is open', () => {
    const board = parseBoard('*..\n...\n..*');
    const state = newGame();
    assert.equal(reveal(board, state, 0, 2), 'open');
    assert.equal(won(board, state), false);
    assert.equal(reveal(board, state, 2, 0), 'won');
    assert.equal(won(board, state), true);
    assert.equal(render(board, state), ['#1.', '121', '.1#'].join('\n'));
  });
});
