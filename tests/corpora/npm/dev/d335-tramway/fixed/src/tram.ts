export class Tram {
  readonly number: string;
  private readonly stops: string[];

  constructor(number: string, stops: string[]) {
    this.number = number;
    this.stops = [...stops];
  }

  calls(stop: string): boolean {
    return this.stops.includes(stop);
  }

  route(): string {
    return `${this.number}: ${this.stops.join(' - ')}`;
  }
}
