export interface Place {
  name: string;
  lat: number;
  lon: number;
}

export type Route = [from: string, to: string];

// Where a sheet's data comes from: a file, a survey database, or a fake in the tests.
export interface Source {
  places(): Promise<Place[]>;
  routes(): Promise<Route[]>;
}

export interface Leg {
  from: string;
  to: string;
  km: number;
  bearing: number;
}

export interface Sheet {
  labels: string[];
  legs: Leg[];
}
