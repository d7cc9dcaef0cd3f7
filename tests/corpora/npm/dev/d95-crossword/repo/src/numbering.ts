import { isWhite } from './grid';
import type { Entry, Grid } from './types';

// Numbers go, left to right and top to bottom, on the white cells that start a word across or down
// (a word is two letters or more).
export function entries(grid: Grid): Entry[] {
  const out: Entry[] = [];
  let next = 1;
  for (let row = 0; row < grid.length; row++) {
    for (let col = 0; col < grid[row].length; col++) {
      if (!isWhite(grid, row, col)) continue;
      const across = !isWhite(grid, row, col - 1) && isWhite(grid, row, col + 1);
      const down = !isWhite(grid, row - 1, col) && isWhite(grid, row + 1, col);
      if (!across || !down) continue;
      if (across) out.push({ number: next, direction: 'A', row, col, length: run(grid, row, col, 0, 1) });
      if (down) out.push({ number: next, direction: 'D', row, col, length: run(grid, row, col, 1, 0) });
      next += 1;
    }
  }
  return out;
}

function run(grid: Grid, row: number, col: number, dr: number, dc: number): number {
  let length = 0;
  while (isWhite(grid, row + dr * length, col + dc * length)) length += 1;
  return length;
}

export function clueList(list: Entry[], direction: 'A' | 'D'): string[] {
  return list.filter((e) => e.direction === direction).map((e) => `${e.number} (${e.length})`);
}
