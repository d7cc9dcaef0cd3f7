// A boat's result in one race: its place, or why it has none.
export type Finish = number | 'DNS' | 'DNF' | 'DSQ';

export interface Race {
  name: string;
  finishes: Record<string, Finish>;
}

export interface Standing {
  boat: string;
  scores: number[];
  // The races whose scores are left out of the net points.
  discarded: number[];
  total: number;
  net: number;
}
