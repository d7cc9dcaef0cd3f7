// A gondola line: cabins hang from the cable at a fixed spacing and go round the loop.
export class Line {
  readonly cabins: number;

  constructor(readonly name: string, readonly loopM: number, spacingM: number) {
    this.cabins = Math.floor(loopM / spacingM);
  }

  // Cabins reach the station one after another at the cable's speed.
  intervalSeconds(speedMs: number): number {
    return Math.round(this.loopM / this.cabins / speedMs);
  }
}
