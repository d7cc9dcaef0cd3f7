export enum Vehicle {
  Motorbike = 'motorbike',
  Car = 'car',
  Van = 'van',
  Lorry = 'lorry',
}

export interface Crossing {
  plate: string;
  vehicle: Vehicle;
  axles: number;
  booth: string;
}
