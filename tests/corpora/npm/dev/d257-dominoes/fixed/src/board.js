// The table as a grid of cells, null where no domino lies; a placed domino fills two neighbouring cells.
export function emptyBoard(rows, cols) {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
}

function inside(board, r, c) {
  return r >= 0 && r < board.length && c >= 0 && c < board[0].length;
}

export function isFree(board, r, c) {
  return inside(board, r, c) && board[r][c] === null;
}

// Lays [a, b] with a at (r, c) and b to its right or below; refuses a cell taken or off the table.
export function place(board, [a, b], r, c, across) {
  const r2 = across ? r : r + 1;
  const c2 = across ? c + 1 : c;
  if (!isFree(board, r, c) || !isFree(board, r2, c2)) return false;
  board[r][c] = a;
  board[r2][c2] = b;
  return true;
}

export function freeCells(board) {
  return board.flat().filter((cell) => cell === null).length;
}
