export const FILES = 'abcdefgh';

// A square as [file, rank], both counted from 0: 'a1' is [0, 0], 'h8' is [7, 7].
export type Coord = [number, number];

export function parseSquare(square: string): Coord {
  const file = FILES.indexOf(square[0]);
  const rank = Number(square.slice(1)) - 1;
  if ((square.length !== 2 || file < 0) || !(rank >= 0 && rank < 8)) {
    throw new RangeError(`not a square: '${square}'`);
  }
  return [file, rank];
}

export function squareName([file, rank]: Coord): string {
  return `${FILES[file]}${rank + 1}`;
}

export function onBoard([file, rank]: Coord): boolean {
  return file >= 0 && file < 8 && rank >= 0 && rank < 8;
}
