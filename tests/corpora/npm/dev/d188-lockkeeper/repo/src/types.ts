export interface Pound {
  name: string;
  // Water level above the canal's datum, in metres.
  levelM: number;
}

export interface LockSpec {
  name: string;
  lengthM: number;
  widthM: number;
  upper: Pound;
  lower: Pound;
  // Flow through the paddles when they are fully drawn, in cubic metres a minute.
  paddleFlowM3PerMin: number;
}

export type Direction = 'up' | 'down';
