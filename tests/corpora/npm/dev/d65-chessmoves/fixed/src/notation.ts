import { parseSquare } from './square';

export type Piece = 'king' | 'queen' | 'rook' | 'bishop' | 'knight' | 'pawn';

export interface Move {
  piece: Piece;
  from: string;
  to: string;
  capture?: boolean;
  promotion?: Piece;
}

const LETTERS: Record<Piece, string> = { king: 'K', queen: 'Q', rook: 'R', bishop: 'B', knight: 'N', pawn: '' };

// Short algebraic notation without disambiguation: 'Nf3', 'Bxe5', 'exd5', 'e8=Q'.
export function describeMove(move: Move): string {
  parseSquare(move.from);
  parseSquare(move.to);
  const letter = LETTERS[move.piece];
  const capture = move.capture ? 'x' : '';
  // A pawn that captures is named by the file it leaves.
  const prefix = letter === '' && move.capture ? move.from[0] : letter;
  const promotion = move.promotion ? `=${LETTERS[move.promotion]}` : '';
  return `${prefix}${capture}${move.to}${promotion}`;
}
