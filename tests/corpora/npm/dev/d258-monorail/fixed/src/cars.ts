export interface Car {
  id: string;
  seats: number;
  standing: number;
  wheelchairBays: number;
}

// What the planners need of a car to size a train.
export type SeatPlan = Pick<Car, 'seats' | 'standing'>;

export function capacity(train: SeatPlan[]): number {
  return train.reduce((sum, car) => sum + car.seats + car.standing, 0);
}
