export { bishopMoves, kingMoves, knightMoves, queenMoves, rookMoves } from './moves';
export { describeMove } from './notation';
export type { Move, Piece } from './notation';
export { onBoard, parseSquare, squareName } from './square';
export type { Coord } from './square';
