import { lastLengthCm } from './lasts';

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

  priceAll(pairs: Pair[]): number[] {
    return pairs.map(this.priceOf);
  }
}
