// A grid as rows of '.' (a white cell) and '#' (a block).
export type Grid = string[];

export type Direction = 'A' | 'D';

export interface Entry {
  number: number;
  direction: Direction;
  row: number;
  col: number;
  length: number;
}
