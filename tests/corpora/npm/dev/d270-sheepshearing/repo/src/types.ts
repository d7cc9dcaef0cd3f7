// One run of the shearing day (the hours between breaks): the sheep each shearer shore in it, by name.
export interface Run {
  run: number;
  counts: Record<string, number>;
}
