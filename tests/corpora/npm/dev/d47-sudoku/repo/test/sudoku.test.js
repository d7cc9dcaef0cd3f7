import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  boxOf,
  candidates,
  colOf,
  conflicts,
  countSolvable,
  formatGrid,
  isSolved,
  isValid,
  parseGrid,
  peers,
  rowOf,
  solve,
  solveFrom,
} from '../src/index.js';

const PUZZLE = `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`;

const SOLUTION = `534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179`;

// Valid (no digit repeats in a unit) but without a solution: the last cell of the first row can hold
// neither 1–8 (its row) nor 9 (its column).
const DEAD_END = '12345678.' + '........9' + '.'.repeat(63);

describe('grids', () => {
  it('parses and formats', () => {
    const grid = parseGrid(PUZZLE);
    assert.equal(grid.length, 81);
    assert.deepEqual(grid.slice(0, 9), [5, 3, 0, 0, 7, 0, 0, 0, 0]);
    assert.equal(formatGrid(grid), PUZZLE.trim());
    assert.deepEqual(parseGrid('0'.repeat(81)), Array(81).fill(0));
    assert.throws(() => parseGrid('1'.repeat(80)), /81 cells, not 80/);
    assert.throws(() => parseGrid('x' + '.'.repeat(80)), /unexpected 'x' in cell 0/);
  });

  it('knows rows, columns, boxes and peers', () => {
    assert.deepEqual([rowOf(40), colOf(40), boxOf(40)], [4, 4, 4]);
    assert.deepEqual([rowOf(17), colOf(17), boxOf(17)], [1, 8, 2]);
    assert.equal(boxOf(54), 6);
    assert.equal(boxOf(80), 8);
    assert.equal(peers(0).size, 20);
    assert.equal(peers(0).has(20), true);
    assert.equal(peers(0).has(30), false);
  });
});

describe('rules', () => {
  it('lists the candidates of a cell', () => {
    const grid = parseGrid(PUZZLE);
    assert.deepEqual(candidates(grid, 2), [1, 2, 4]);
    assert.deepEqual(candidates(grid, 0), []);
    assert.deepEqual(candidates(parseGrid(DEAD_END), 8), []);
    assert.deepEqual(candidates(parseGrid('.'.repeat(81)), 0), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(candidates(parseGrid('12345678.' + '.'.repeat(72)), 8), [9]);
  });

  it('reports each broken unit', () => {
    assert.deepEqual(conflicts(parseGrid(PUZZLE)), []);
    const row = parseGrid('5.......5' + '.'.repeat(72));
    assert.deepEqual(conflicts(row), [{ cells: [0, 8], unit: 'row' }]);
    const column = parseGrid('7' + '.'.repeat(71) + '7' + '.'.repeat(8));
    assert.deepEqual(conflicts(column), [{ cells: [0, 72], unit: 'column' }]);
    const box = parseGrid('3.........3' + '.'.repeat(70));
    assert.deepEqual(conflicts(box), [{ cells: [0, 10], unit: 'box' }]);
    assert.equal(isValid(box), false);
    assert.equal(isSolved(parseGrid(SOLUTION)), true);
    assert.equal(isSolved(parseGrid(PUZZLE)), false);
  });
});

describe('solving', () => {
  it('solves a puzzle without changing it', () => {
    const grid = parseGrid(PUZZLE);
    assert.deepEqual(solve(grid), parseGrid(SOLUTION));
    assert.equal(formatGrid(grid), PUZZLE.trim());
  });

  it('gives up on broken and dead-end puzzles', () => {
    assert.equal(solve(parseGrid('5.......5' + '.'.repeat(72))), null);
    assert.equal(solve(parseGrid(DEAD_END)), null);
  });

  it('solves what loaders fetch and counts the solvable ones', async () => {
    const later = (text) => () => new Promise((resolve) => setTimeout(() => resolve(text), 5));
    assert.deepEqual(await solveFrom(later(PUZZLE)), parseGrid(SOLUTION));
    assert.equal(await countSolvable([later(PUZZLE), later(DEAD_END), later(SOLUTION)]), 2);
    assert.equal(await countSolvable([later(DEAD_END)]), 0);
    assert.equal(await countSolvable([]), 0);
  });
});
