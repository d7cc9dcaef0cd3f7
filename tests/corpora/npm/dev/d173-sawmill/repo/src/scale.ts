import type { Board, Log } from './types';

// The Doyle log rule, which sawmills still buy hardwood logs by: (D - 4)^2 / 16 board feet per foot of length.
export function doyle(log: Log): number {
  return parseInt(((log.smallEndIn - 4) ** 2 / 16) * log.lengthFt);
}

// A board foot is 144 cubic inches: a foot long, a foot wide and an inch thick.
export function boardFeet(board: Board): number {
  return (board.widthIn * board.thicknessIn * board.lengthFt) / 12;
}
