import type { Puzzle } from './types.js';

// A padlock's code is kept as text: '0427' has four digits, which a number would not keep.
export class CombinationLock implements Puzzle {
  constructor(
    readonly id: string,
    private readonly code: string,
    private readonly hints: string[],
  ) {}

  check(answer: string): boolean {
    return answer.replace(/\s+/g, '') === this.code;
  }

  hint(level: number): string {
    return this.hints[Math.min(level, this.hints.length) - 1] ?? 'no hint';
  }
}

export class WordLock implements Puzzle {
  constructor(
    readonly id: string,
    private readonly word: string,
  ) {}

  check(answer: string): boolean {
    return answer.trim().toUpperCase() === this.word.toUpperCase();
  }

  hint(level: number): string {
    return level <= 1 ? `${this.word.length} letters` : `starts with ${this.word[0].toUpperCase()}`;
  }
}
