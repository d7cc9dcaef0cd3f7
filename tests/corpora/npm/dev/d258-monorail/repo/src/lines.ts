// A line is its stops in order and the minutes between each stop and the next.
export class Line {
  constructor(
    readonly name: string,
    readonly stops: string[],
    readonly minutes: number[],
  ) {}

  // 'Harbour Loop: Quay 3 Market 4 Castle 2 Station'
  static fromTimetable(text: string): Line {
    const [name, rest] = text.split(':');
    const parts = rest.trim().split(/\s+/);
    const stops = parts.filter((_, i) => i % 2 === 0);
    const minutes = parts.filter((_, i) => i % 2 === 1).map(Number);
    return new Line(name.trim(), stops, minutes);
  }

  *legs(): Generator<[string, string, number]> {
    for (let i = 0; i < this.minutes.length; i += 1) yield [this.stops[i], this.stops[i + 1], this.minutes[i]];
  }
}
