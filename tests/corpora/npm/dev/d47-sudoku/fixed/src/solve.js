import { candidates, isValid } from './check.js';
import { parseGrid } from './grid.js';

// Depth-first search that always fills the empty cell with the fewest candidates first.
function search(grid) {
  let best = -1;
  let bestOptions = null;
  for (let index = 0; index < 81; index++) {
    if (grid[index] !== 0) {
      continue;
    }
    const options = candidates(grid, index);
    if (options.length === 0) {
      return false;
    }
    if (bestOptions === null || options.length < bestOptions.length) {
      best = index;
      bestOptions = options;
    }
  }
  if (best === -1) {
    return true;
  }
  for (const digit of bestOptions) {
    grid[best] = digit;
    if (search(grid)) {
      return true;
    }
  }
  grid[best] = 0;
  return false;
}

// The solved grid, or null when the puzzle breaks a rule or has no solution. The input is not changed.
export function solve(grid) {
  if (!isValid(grid)) {
    return null;
  }
  const work = [...grid];
  return search(work) ? work : null;
}

// Puzzles come from loaders (a file, a URL, a database) that resolve to the grid's text.
export async function solveFrom(load) {
  const text = await load();
  return solve(parseGrid(text));
}

export async function countSolvable(loaders) {
  let count = 0;
  for (const load of loaders) {
    const solution = await solveFrom(load);
    if (solution !== null) {
      count += 1;
    }
  }
  return count;
}
