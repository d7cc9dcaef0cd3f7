import { findLast, lastLengthCm } from './lasts';
import { weltLength } from './stitching';

export type Leather = 'calf' | 'cordovan';

export interface Pair {
  customer: string;
  size: number;
  leather: Leather;
}

export class Workshop {
  private readonly rates: Record<Leather, number>;

  constructor(rates: Record<Leather, number>) {
    this.rates = rates;
  }

  // Pounds per centimetre of last, by leather.
  priceOf(pair: Pair): number {
    return Math.round(this.rates[pair.leather] * lastLengthCm(pair.size));
  }

  // An unknown style is welted as the default last.
  weltFor(style: string): number {
    return weltLength(findLast(style));
  }

  priceAll(pairs: Pair[]): number[] {
    return pairs.map((pair) => this.priceOf(pair));
  }
}
