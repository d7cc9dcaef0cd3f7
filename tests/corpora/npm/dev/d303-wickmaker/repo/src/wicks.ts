export interface Priced {
  readonly name: string;
  priceFor(metres: number): number;
}

export class Wick implements Priced {
  constructor(
    readonly name: string,
    readonly pencePerMetre: number,
  ) {}

  priceOf(metres: number): number {
    return Math.ceil(metres * this.pencePerMetre);
  }
}

export const WICKS: Record<string, Priced> = {
  cotton: new Wick('cotton', 40),
  hemp: new Wick('hemp', 65),
  wood: new Wick('wood', 120),
};
