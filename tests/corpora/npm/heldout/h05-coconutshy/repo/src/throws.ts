export interface Player {
  name: string;
  throws: number;
  hits: number;
}

export class Shy {
  static readonly BALLS_PER_GO = 3;

  constructor(readonly coconuts: number) {}

  static goesFor(balls: number): number {
    return Math.ceil(balls / Shy.BALLS_PER_GO);
  }

  left(hits: number): number {
    return Math.max(0, this.coconuts - hits);
  }
}
