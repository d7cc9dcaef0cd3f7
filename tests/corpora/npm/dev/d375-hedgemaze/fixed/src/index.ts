import { hedgeCount, parseMaze, type Cell, type Maze } from './grid';
import { neighbours, shortestPath } from './paths';

export function mazeCard(rows: string[]) {
  const maze = parseMaze(rows);
  return { hedges: hedgeCount(maze), steps: shortestPath(maze) };
}

export { hedgeCount, neighbours, parseMaze, shortestPath, type Cell, type Maze };
