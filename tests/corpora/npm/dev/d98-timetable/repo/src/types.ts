// One run of a route: the minute it calls at each of its stops.
export interface Trip {
  route: string;
  times: Record<string, number>;
}

export interface Leg {
  route: string;
  from: string;
  to: string;
  depart: number;
  arrive: number;
}
