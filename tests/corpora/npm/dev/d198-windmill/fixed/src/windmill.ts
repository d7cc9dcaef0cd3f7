import { flourKg, sacksOf } from './flour.js';
import type { MillSpec, Order } from './types.js';

export class Windmill {
  readonly spec: MillSpec;
  readonly grains: Set<string>;

  // A mill set up for one grain may be given its name alone.
  constructor(spec: MillSpec, grains: string | string[]) {
    this.spec = spec;
    this.grains = new Set(typeof grains === 'string' ? [grains] : grains);
  }

  grinds(grain: string): boolean {
    return this.grains.has(grain);
  }

  canRun(windMs: number): boolean {
    return windMs >= this.spec.minWindMs && windMs <= this.spec.maxWindMs;
  }

  // Hours of milling for the orders; the sails give their full speed from twice the lowest wind.
  hoursFor(orders: Order[], windMs: number): number {
    if (!this.canRun(windMs)) return Infinity;
    const speed = Math.min(1, windMs / (2 * this.spec.minWindMs));
    const kg = orders.reduce((sum, order) => sum + order.kg, 0);
    return Math.round((kg / (this.spec.kgPerHour * speed)) * 10) / 10;
  }

  run(orders: Order[]): { flourKg: number; full: number; leftKg: number } {
    for (const order of orders) {
      if (!this.grinds(order.kind)) throw new Error(`${this.spec.name} does not grind ${order.kind}`);
    }
    const total = orders.reduce((sum, order) => sum + flourKg(order), 0);
    return { flourKg: total, ...sacksOf(total) };
  }
}
