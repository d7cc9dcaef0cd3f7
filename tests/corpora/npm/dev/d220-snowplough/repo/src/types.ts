export interface Road {
  name: string;
  km: number;
  priority: 1 | 2 | 3;
  gradientPct: number;
  busRoute: boolean;
}

export interface Route {
  name: string;
  depot: string;
  roads: Road[];
}

export interface CallOut {
  route: string;
  km: number;
  saltTonnes: number;
  first: string[];
}
