import { describe, expect, it } from 'vitest';
import {
  bishopMoves,
  describeMove,
  kingMoves,
  knightMoves,
  parseSquare,
  queenMoves,
  rookMoves,
  squareName,
} from '../src/index';

describe('squares', () => {
  it('are read and named', () => {
    expect(parseSquare('a1')).toEqual([0, 0]);
    expect(parseSquare('h8')).toEqual([7, 7]);
    expect(squareName([4, 3])).toBe('e4');
    expect(() => parseSquare('i1')).toThrow(RangeError);
    expect(() => parseSquare('a9')).toThrow(RangeError);
    expect(() => parseSquare('a10')).toThrow(RangeError);
  });
});

describe('moves on an open board', () => {
  it('of a knight', () => {
    expect(knightMoves('d4')).toEqual(['b3', 'b5', 'c2', 'c6', 'e2', 'e6', 'f3', 'f5']);
    expect(knightMoves('a1')).toEqual(['b3', 'c2']);
    expect(knightMoves('h8')).toEqual(['f7', 'g6']);
  });

  it('of a king', () => {
    expect(kingMoves('e1')).toEqual(['d1', 'd2', 'e2', 'f1', 'f2']);
    expect(kingMoves('d4')).toHaveLength(8);
  });

  it('of the sliding pieces', () => {
    expect(rookMoves('a1')).toHaveLength(14);
    expect(bishopMoves('c1')).toEqual(['a3', 'b2', 'd2', 'e3', 'f4', 'g5', 'h6']);
    expect(queenMoves('d4')).toHaveLength(27);
  });
});

describe('blocked moves', () => {
  it('stop on the first occupied square', () => {
    const occupied = new Set(['a4', 'c1', 'b2']);
    expect(rookMoves('a1', occupied)).toEqual(['a2', 'a3', 'a4', 'b1', 'c1']);
    expect(bishopMoves('a1', occupied)).toEqual(['b2']);
  });
});

describe('notation', () => {
  it('writes moves in short algebraic notation', () => {
    expect(describeMove({ piece: 'knight', from: 'g1', to: 'f3' })).toBe('Nf3');
    expect(describeMove({ piece: 'bishop', from: 'b2', to: 'e5', capture: true })).toBe('Bxe5');
    expect(describeMove({ piece: 'pawn', from: 'e4', to: 'd5', capture: true })).toBe('exd5');
    expect(describeMove({ piece: 'pawn', from: 'e7', to: 'e8', promotion: 'queen' })).toBe('e8=Q');
    expect(() => describeMove({ piece: 'rook', from: 'a1', to: 'a0' })).toThrow(RangeError);
  });
});
