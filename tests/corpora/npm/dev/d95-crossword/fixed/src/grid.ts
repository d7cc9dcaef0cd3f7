import type { Grid } from './types';

export function parseGrid(text: string): Grid {
  const rows = text.trim().split('\n').map((row) => row.trim());
  if (rows.some((row) => row.length !== rows[0].length || /[^.#]/.test(row))) throw new Error('the grid is not a rectangle of . and #');
  return rows;
}

// A white cell inside the grid; the edges count as blocks.
export function isWhite(grid: Grid, row: number, col: number): boolean {
  return row >= 0 && row < grid.length && col >= 0 && col < grid[row].length && grid[row][col] === '.';
}

// Crosswords are drawn with 180-degree symmetry: turning the grid over leaves its blocks where they were.
export function isSymmetric(grid: Grid): boolean {
  const last = grid.length - 1;
  return grid.every((row, r) => row === [...grid[last - r]].reverse().join(''));
}
