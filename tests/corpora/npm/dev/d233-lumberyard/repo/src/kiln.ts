import type { Board } from './types';

export function volumeM3(board: Board): number {
  return (board.lengthM * board.widthMm * board.thicknessMm) / 1_000_000;
}

// A kiln is never loaded beyond nine tenths of its chamber, so that the air can move between the stacks.
export class Kiln {
  private readonly loads: Board[] = [];
  private lastTicket = 0;

  constructor(readonly capacityM3: number) {}

  readonly limitM3 = this.capacityM3 * 0.9;

  get loadedM3(): number {
    return this.loads.reduce((sum, board) => sum + volumeM3(board), 0);
  }

  load(board: Board): number {
    if (this.loadedM3 + volumeM3(board) > this.limitM3) throw new Error('kiln full');
    this.loads.push(board);
    return this.lastTicket++;
  }
}
