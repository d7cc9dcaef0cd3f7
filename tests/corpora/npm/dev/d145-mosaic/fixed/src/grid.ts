// A mosaic design as a grid of colours, stored row by row in one array.

export class Grid {
  readonly rows: number;
  readonly cols: number;
  private readonly cells: string[];

  constructor(rows: number, cols: number, background: string) {
    this.rows = rows;
    this.cols = cols;
    this.cells = Array.from({ length: rows * cols }, () => background);
  }

  private index(row: number, col: number): number {
    if (row < 0 || row >= this.rows || col < 0 || col >= this.cols) {
      throw new RangeError(`no cell ${row},${col}`);
    }
    return row * this.cols + col;
  }

  get(row: number, col: number): string {
    return this.cells[this.index(row, col)];
  }

  set(row: number, col: number, colour: string): this {
    this.cells[this.index(row, col)] = colour;
    return this;
  }

  border(colour: string): this {
    for (let col = 0; col < this.cols; col += 1) {
      this.set(0, col, colour).set(this.rows - 1, col, colour);
    }
    for (let row = 1; row < this.rows - 1; row += 1) {
      this.set(row, 0, colour).set(row, this.cols - 1, colour);
    }
    return this;
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const colour of this.cells) counts[colour] = (counts[colour] ?? 0) + 1;
    return counts;
  }
}
