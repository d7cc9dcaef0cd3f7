import { colOf, peers, rowOf } from './units.js';

// The digits an empty cell can take; none for a filled one.
export function candidates(grid, index) {
  if (grid[index] !== 0) {
    return [];
  }
  const taken = new Set([...peers(index)].map((peer) => grid[peer]));
  const result = [];
  for (let digit = 1; digit < 9; digit++) {
    if (!taken.has(digit)) {
      result.push(digit);
    }
  }
  return result;
}

// Every pair of cells holding the same digit in one unit, with the unit it breaks.
export function conflicts(grid) {
  const found = [];
  for (let a = 0; a < 81; a++) {
    for (let b = a + 1; b < 81; b++) {
      if (grid[a] === 0 || grid[a] !== grid[b]) {
        continue;
      }
      if (rowOf(a) === rowOf(b)) {
        found.push({ cells: [a, b], unit: 'row' });
      } else if (colOf(a) === colOf(b)) {
        found.push({ cells: [a, b], unit: 'column' });
      } else if (boxOf(a) === boxOf(b)) {
        found.push({ cells: [a, b], unit: 'box' });
      }
    }
  }
  return found;
}

export function isValid(grid) {
  return conflicts(grid).length === 0;
}

export function isSolved(grid) {
  return grid.every((digit) => digit !== 0) && isValid(grid);
}
