export enum Lane {
  Outer: 'outer',
  Inner = 'inner',
}

export interface Car {
  id: number;
  colour: string;
  lane: Lane;
}

export function byLane(cars: Car[], lane: Lane): Car[] {
  return cars.filter((car) => car.lane === lane);
}
