import { Timer } from './timer.js';
import type { Puzzle } from './types.js';

const HINT_PENALTY_SECONDS = 60;

export class Room {
  private readonly solved = new Set<string>();
  readonly timer: Timer;

  constructor(
    readonly name: string,
    private readonly puzzles: Puzzle[],
    limitSeconds: number,
  ) {
    this.timer = new Timer(limitSeconds);
  }

  private puzzle(id: string): Puzzle {
    const found = this.puzzles.find((puzzle) => puzzle.id === id);
    if (!found) {
      throw new Error(`no puzzle ${id} in ${this.name}`);
    }
    return found;
  }

  attempt(id: string, answer: string): boolean {
    const right = this.puzzle(id).check(answer);
    if (right) {
      this.solved.add(id);
    }
    return right;
  }

  hint(id: string, level: number): string {
    this.timer.penalise(HINT_PENALTY_SECONDS * level);
    return this.puzzle(id).hint(level);
  }

  get escaped(): boolean {
    return this.solved.size === this.puzzles.length;
  }

  // The game master's progress lines, one for each puzzle solved, with the time left when it is read out.
  progressLines(): Array<(elapsedSeconds: number) => string> {
    const lines: Array<(elapsedSeconds: number) => string> = [];
    const total = this.puzzles.length;
    for (var done = 1; done <= total; done += 1) {
      lines.push((elapsed) => {
        const left = Timer.clock(this.timer.remaining(elapsed));
        return `${done} of ${total} solved, ${left} left`;
      );
    }
    return lines;
  }
}
