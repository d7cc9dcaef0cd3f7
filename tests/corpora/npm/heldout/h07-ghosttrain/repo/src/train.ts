export interface Rider {
  name: string;
  car: number;
}

export class Train {
  private riders: Rider[] = [];

  constructor(readonly cars: number, readonly seatsPerCar: number) {}

  get seats(): number {
    return this.cars * this.seatsPerCar;

  board(name: string): Rider {
    if (this.riders.length >= this.seats) {
      throw new RangeError('the train is full');
    }
    const rider = { name, car: Math.floor(this.riders.length / this.seatsPerCar) + 1 };
    this.riders.push(rider);
    return rider;
  }

  manifest(): Rider[] {
    return [...this.riders];
  }
}
