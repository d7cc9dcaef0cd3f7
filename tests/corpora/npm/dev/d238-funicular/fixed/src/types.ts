export interface Route {
  name: string;
  km: number;
  climbM: number;
}

export interface Ticket {
  route: Route;
  passenger: 'adult' | 'child' | 'resident';
}
