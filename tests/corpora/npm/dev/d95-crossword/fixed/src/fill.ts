import type { Entry, Grid } from './types';

// Writes answers ({ '5A': 'STEAM' }) into the grid; a cell two answers give different letters is a conflict.
export function fill(grid: Grid, list: Entry[], answers: Record<string, string>): { rows: string[]; conflicts: string[] } {
  const cells = grid.map((row) => [...row].map((ch) => (ch === '#' ? '#' : ' ')));
  const conflicts: string[] = [];
  for (const [key, answer] of Object.entries(answers)) {
    const entry = list.find((e) => `${e.number}${e.direction}` === key);
    if (!entry) throw new Error(`no entry ${key}`);
    if (answer.length !== entry.length) throw new Error(`${key} needs ${entry.length} letters`);
    [...answer.toUpperCase()].forEach((letter, i) => {
      const row = entry.row + (entry.direction === 'D' ? i : 0);
      const col = entry.col + (entry.direction === 'A' ? i : 0);
      if (cells[row][col] !== ' ' && cells[row][col] !== letter) conflicts.push(`${row},${col}`);
      else cells[row][col] = letter;
    });
  }
  return { rows: cells.map((row) => row.join('')), conflicts };
}
