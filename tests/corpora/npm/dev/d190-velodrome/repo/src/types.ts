export interface Sprint {
  lap: number;
  // The riders in the order they crossed the line; only the first four score.
  order: string[];
}

export interface LapChange {
  rider: string;
  // +1 for a lap gained on the bunch, -1 for a lap lost.
  laps: number;
}

export interface RaceResult {
  rider: string;
  points: number;
  sprints: number;
}
