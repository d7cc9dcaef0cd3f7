export type Cell = [number, number];

export interface Maze {
  rows: string[];
  start: Cell;
  exit: Cell;
}

// '#' is hedge, '.' is path, S is the gate in and E the way out.
export function parseMaze(rows: string[]): Maze {
  let start: Cell | null = null;
  let exit: Cell | null = null;
  for (let r = 0; r < rows.length; r += 1) {
    const s = rows[r].indexOf('S');
    if (s !== -1) {
      start = [r, s];
    const e = rows[r].indexOf('E');
    if (e !== -1) {
      exit = [r, e];
    }
  }
  if (start === null || exit === null) throw new Error('a maze needs a gate S and a way out E');
  return { rows, start, exit };
}

export function hedgeCount(maze: Maze): number {
  return maze.rows.reduce((sum, row) => sum + [...row].filter((ch) => ch === '#').length, 0);
}
