import { countAround, neighbours } from './board.js';

export function newGame() {
  return { open: new Set(), flags: new Set(), lost: false };
}

export function toggleFlag(state, row, col) {
  const key = `${row},${col}`;
  if (!state.open.has(key)) {
    state.flags.has(key) ? state.flags.delete(key) : state.flags.add(key);
  }
}

export function won(board, state) {
  return !state.lost && state.open.size === board.rows * board.cols - board.mines.size;
}

// Opens a cell; a cell with no mine around it opens its neighbours too, and so on, but never a flagged cell.
export function reveal(board, state, row, col) {
  const key = `${row},${col}`;
  if (state.lost || state.flags.has(key) || state.open.has(key)) {
    return 'ignored';
  }
  if (board.mines.has(key)) {
    state.lost = true;
    return 'boom';
  }
  const queue = [[row, col]];
  while (queue.length > 0) {
    const [r, c] = queue.shift();
    const here = `${r},${c}`;
    if (state.open.has(here) || state.flags.has(here)) {
      continue;
    }
    state.open.add(here);
    if (countAround(board, r, c) === 0) {
      queue.push(...neighbours(board, r, c));
    }
  }
  return won(board, state) ? 'won' : 'open';
}
