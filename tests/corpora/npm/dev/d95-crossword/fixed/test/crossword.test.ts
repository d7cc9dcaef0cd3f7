import { describe, expect, it } from 'vitest';
import { clueList, entries, fill, isSymmetric, parseGrid } from '../src/index';

const GRID = parseGrid(`
  ..#..
  .....
  #...#
  .....
  ..#..
`);

describe('grid', () => {
  it('is read and checked for symmetry', () => {
    expect(GRID).toHaveLength(5);
    expect(isSymmetric(GRID)).toBe(true);
    expect(isSymmetric(parseGrid('..#\n...\n...'))).toBe(false);
    expect(() => parseGrid('...\n..')).toThrow('rectangle');
  });
});

describe('numbering', () => {
  it('numbers the cells that start a word', () => {
    expect(clueList(entries(GRID), 'A')).toEqual(['1 (2)', '3 (2)', '5 (5)', '7 (3)', '8 (5)', '10 (2)', '11 (2)']);
    expect(clueList(entries(GRID), 'D')).toEqual(['1 (2)', '2 (5)', '3 (5)', '4 (2)', '6 (3)', '8 (2)', '9 (2)']);
  });

  it('skips single white cells', () => {
    expect(entries(parseGrid('.#.\n#.#\n.#.'))).toEqual([]);
  });
});

describe('fill', () => {
  it('writes answers and finds the crossings that disagree', () => {
    const list = entries(GRID);
    const { rows, conflicts } = fill(GRID, list, { '5A': 'steam', '2D': 'ATONE', '8A': 'ENTRY', '6D': 'EAR' });
    expect(rows).toEqual([' A#  ', 'STEAM', '#OA #', 'ENTRY', ' E#  ']);
    expect(conflicts).toEqual(['3,2']);
    expect(() => fill(GRID, list, { '7A': 'TOOLONG' })).toThrow('7A needs 3 letters');
    expect(() => fill(GRID, list, { '12A': 'NO' })).toThrow('no entry 12A');
  });
});
