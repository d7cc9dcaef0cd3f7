export type VehicleKind = 'car' | 'van' | 'motorbike' | 'bicycle' | 'foot';

export interface Booking {
  ref: string;
  kind: VehicleKind;
  lengthM: number; // 0 for foot passengers
  passengers: number;
}

export interface Sailing {
  route: string;
  departs: string; // 'YYYY-MM-DDTHH:MM'
  laneMetres: number; // the vehicle deck's lanes end to end
  seats: number;
}
