import type { Cell, Maze } from './grid';

const STEPS: Cell[] = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
];

export function neighbours(maze: Maze, [r, c]: Cell): Cell[] {
  const open: Cell[] = [];
  for (const [dr, dc] of STEPS) {
    const row = maze.rows[r + dr];
    if (row !== undefined && row[c + dc] !== undefined && row[c + dc] !== '#') open.push([r + dr, c + dc]);
  }
  return open;
}

// Breadth first: the first time the way out is reached, it is reached by the fewest steps.
export function shortestPath(maze: Maze): number | null {
  const key = ([r, c]: Cell) => `${r},${c}`;
  const steps = new Map<string, number>([[key(maze.start), 0]]);
  const queue: Cell[] = [maze.start];
  while (queue.length > 0) {
    const cell = queue.shift() as Cell;
    if (key(cell) === key(maze.exit)) return steps.get(key(cell)) as number;
    for (const next of neighbours(maze, cell)) {
      if (!steps.has(key(next))) {
        steps.set(key(next), (steps.get(key(cell)) as number) + 1);
        queue.push(next);
      }
    }
  }
  return null;
}
