import { boardFeet, doyle } from './cutting';
import { gradeFactor, SELECT_CENTS } from './grading';
import type { Board, Log } from './types';

export class Sawmill {
  private logs: Log[] = [];
  private boards: Board[] = [];

  receive(log: Log): this {
    this.logs.push(log);
    return this;
  }

  saw(board: Board): this {
    if (!this.logs.some((log) => log.species === board.species)) {
      throw new Error(`no ${board.species} log on the deck`);
    }
    this.boards.push(board);
    return this;
  }

  get scaledFeet(): number {
    return this.logs.reduce((sum, log) => sum + doyle(log), 0);
  }

  get sawnFeet(): number {
    return this.boards.reduce((sum, board) => sum + boardFeet(board), 0);
  }

  // Overrun: how much more lumber came out than the log rule promised, in percent.
  get overrunPercent(): number {
    return Math.round(((this.sawnFeet - this.scaledFeet) / this.scaledFeet) * 100);
  }

  valueCents(): number {
    return Math.round(
      this.boards.reduce((sum, board) => sum + boardFeet(board) * SELECT_CENTS * gradeFactor(board.grade), 0),
    );
  }

  tallyBySpecies(): Map<string, number> {
    const tally = new Map<string, number>();
    for (const board of this.boards) {
      tally.set(board.species, (tally.get(board.species) ?? 0) + boardFeet(board));
    }
    return tally;
  }
}

// The order the boards go to the stickering rack: longest first, so the short ones sit on top.
export function longestFirst(boards: readonly Board[]): Board[] {
  return [...boards].sort((a, b) => b.lengthFt - a.lengthFt);
}
