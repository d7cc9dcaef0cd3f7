export interface Puzzle {
  readonly id: string;
  check(answer: string): boolean;
  hint(level: number): string;
}
