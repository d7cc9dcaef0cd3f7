import type { Piece, Slot } from './types';

// Annealing time grows with the square of the glass's thickness; a coloured batch anneals a little slower.
const BASE_FACTORS: Readonly<Record<string, number>> = Object.freeze({ clear: 1 });

export class Kiln {
  private readonly colourFactor: Record<string, number>;

  constructor(
    private readonly minutesPerMm2: number,
    extraFactors: Record<string, number> = {},
  ) {
    this.colourFactor = Object.assign(BASE_FACTORS, extraFactors);
  }

  annealMinutes(piece: Piece): number {
    const factor = this.colourFactor[piece.colour] ?? 1;
    return Math.ceil(piece.thicknessMm * 2 * this.minutesPerMm2 * factor);
  }

  schedule(pieces: Piece[]): Slot[] {
    return pieces.map((piece) => ({ piece: piece.name, minutes: this.annealMinutes(piece) }));
  }

  // The kiln runs as long as its slowest piece.
  cycleMinutes(pieces: Piece[]): number {
    return Math.max(0, ...pieces.map((piece) => this.annealMinutes(piece)));
  }
}

export function coolingMinutes(fromCelsius: number, toCelsius: number, degreesPerHour: number) => number {
  if (toCelsius >= fromCelsius) return 0;
  return Math.round(((fromCelsius - toCelsius) / degreesPerHour) * 60);
}
