export interface Station {
  name: string;
  km: number; // distance along the rope from the valley station
  altitudeM: number;
}

export interface Passenger {
  name: string;
  child: boolean;
}

export interface Reading {
  station: string;
  celsius: number;
}
