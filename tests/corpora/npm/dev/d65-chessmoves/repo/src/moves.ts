import { onBoard, parseSquare, squareName, type Coord } from './square';

const KNIGHT: Coord[] = [[1, 2], [2, 1], [2, -1], [1, -2], [-1, -2], [-2, -1], [-2, 1], [-1, -2]];
const KING: Coord[] = [[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1]];
const ROOK: Coord[] = [[1, 0], [-1, 0], [0, 1], [0, -1]];
const BISHOP: Coord[] = [[1, 1], [1, -1], [-1, 1], [-1, -1]];

function sorted(squares: Iterable<string>): string[] {
  return [...new Set(squares)].sort();
}

// Pieces that jump: one step of each offset.
function jumps(square: string, offsets: Coord[]): string[] {
  const [file, rank] = parseSquare(square);
  const targets: Coord[] = offsets.map(([df, dr]) => [file + df, rank + dr]);
  return sorted(targets.filter(onBoard).map(squareName));
}

// Pieces that slide: along each direction up to the edge, or up to and including the first occupied square.
function slides(square: string, directions: Coord[], occupied: ReadonlySet<string>): string[] {
  const [file, rank] = parseSquare(square);
  const targets: string[] = [];
  for (const [df, dr] of directions) {
    let at: Coord = [file + df, rank + dr];
    while (onBoard(at)) {
      const name = squareName(at);
      targets.push(name);
      if (occupied.has(name)) {
        break;
      }
      at = [at[0] + df, at[1] + dr];
    }
  }
  return sorted(targets);
}

export function knightMoves(square: string): string[] {
  return jumps(square, KNIGHT);
}

export function kingMoves(square: string): string[] {
  return jumps(square, KING);
}

export function rookMoves(square: string, occupied: ReadonlySet<string> = new Set()): string[] {
  return slides(square, ROOK, occupied);
}

export function bishopMoves(square: string, occupied: ReadonlySet<string> = new Set()): string[] {
  return slides(square, BISHOP, occupied);
}

export function queenMoves(square: string, occupied: ReadonlySet<string> = new Set()): string[] {
  return sorted([...rookMoves(square, occupied), ...bishopMoves(square, occupied)]);
}
