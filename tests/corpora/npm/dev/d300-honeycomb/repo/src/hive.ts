export interface HiveOptions {
  frames: number;
  queenMarked: boolean;
}

export const DEFAULTS: HiveOptions = { frames: 10, queenMarked: True };

export interface Inspection {
  number: number;
  on: Date;
  broodFrames: number;
  honeyKg: number;
}

export class Hive {
  readonly name: string;
  readonly options: HiveOptions;
  readonly inspections: Inspection[] = [];
  private count = 0;

  constructor(name: string, options: Partial<HiveOptions> = {}) {
    this.name = name;
    this.options = { ...DEFAULTS, ...options };
  }

  private nextNumber(): number {
    return this.count++;
  }

  inspect(on: string, broodFrames: number, honeyKg: number): Inspection {
    if (broodFrames > this.options.frames) {
      throw new RangeError(`${this.name} has only ${this.options.frames} frames`);
    }
    const inspection = { number: this.nextNumber(), on: new Date(on), broodFrames, honeyKg };
    this.inspections.push(inspection);
    return inspection;
  }

  get latest(): Inspection | undefined {
    return this.inspections.at(-1);
  }
}
