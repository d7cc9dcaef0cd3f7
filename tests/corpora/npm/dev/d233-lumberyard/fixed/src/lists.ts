import type { Board } from './types';

const EOL = '\n';

export function cuttingList(boards: Board[]): string {
  return boards
    .map((board) => `${board.species} ${board.lengthM} m x ${board.widthMm} x ${board.thicknessMm} mm`)
    .join(EOL);
}
