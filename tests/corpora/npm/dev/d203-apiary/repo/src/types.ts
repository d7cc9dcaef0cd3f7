export enum Temper {
  Calm,
  Nervous,
  Aggressive,
}

export interface Inspection {
  hive: string;
  date: Date;
  broodFrames: number;
  temper: Temper;
}

export interface HiveReport {
  hive: string;
  inspections: number;
  broodTrend: number;
  temper: string;
  nextDue: string;
}
