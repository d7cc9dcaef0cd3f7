import type { Order } from './orders';

export interface Timed {
  minutesFor(order: Order): number;
}

export class Station {
  constructor(readonly name: string) {}

  label(): string {
    return `${this.name} station`;
  }
}

export class Griddle extends Station implements Timed {
  minutesFor(order: Order): number {
    return 2 + order.stack;
  }
}
