import { describe, expect, it } from 'vitest';
import { mazeCard, neighbours, parseMaze, shortestPath } from '../src/index';

const garden = [
  'S......',
  '.#####.',
  '.#...#.',
  '...#...',
  '##E#.##',
];

describe('grid', () => {
  it('finds the gate and the way out', () => {
    const maze = parseMaze(garden);
    expect(maze.start).toEqual([0, 0]);
    expect(maze.exit).toEqual([4, 2]);
  });

  it('wants a gate and a way out', () => {
    expect(() => parseMaze(['..#', '...'])).toThrow('needs a gate');
  });
});

describe('paths', () => {
  it('lists the open cells next to a cell, at the edge as well', () => {
    const maze = parseMaze(garden);
    expect(neighbours(maze, [0, 0])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('walks the shortest way out', () => {
    expect(shortestPath(parseMaze(garden))).toBe(6);
  });

  it('says when there is no way out', () => {
    expect(shortestPath(parseMaze(['S#E']))).toBe(null);
  });
});

describe('card', () => {
  it('counts the hedges and the steps', () => {
    expect(mazeCard(garden)).toEqual({ hedges: 13, steps: 6 });
  });
});
