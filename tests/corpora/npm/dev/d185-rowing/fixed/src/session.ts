import { formatTime, splitFor } from './split';

export interface Piece {
  metres: number;
  seconds: number;
  // Warm-ups and paddles are rowed but not timed against the crew's targets.
  timed: boolean;
}

export interface SessionOptions {
  onPiece?: (index: number, split: string) => void;
}

export interface Summary {
  metres: number;
  time: string;
  splits: string[];
}

export function summarise(pieces: Piece[], options: SessionOptions = {}): Summary {
  let metres = 0;
  let seconds = 0;
  const splits: string[] = [];
  pieces.forEach((piece, index) => {
    if (!piece.timed) return;
    const split = splitFor(piece.metres, piece.seconds);
    metres += piece.metres;
    seconds += piece.seconds;
    splits.push(split);
    options.onPiece?.(index, split);
  });
  return { metres, time: formatTime(seconds), splits };
}
