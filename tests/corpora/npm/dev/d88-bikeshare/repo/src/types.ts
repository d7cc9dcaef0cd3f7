export interface Ride {
  bike: string;
  from: string;
  to: string;
  // ISO date-times.
  start: string;
  end: string;
  member: boolean;
}

export interface Station {
  id: string;
  name: string;
  docks: number;
  bikes: number;
}
