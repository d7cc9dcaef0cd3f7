import type { Piece, Slot } from './types';

// Annealing time grows with the square of the glass's thickness; a coloured batch anneals a little slower.
export class Kiln {
  constructor(
    private readonly minutesPerMm2: number,
    private readonly colourFactor: Record<string, number> = {},
  ) {}

  annealMinutes(piece: Piece): number {
    const factor = this.colourFactor[piece.colour] ?? 1;
    return Math.ceil(piece.thicknessMm * 2 * this.minutesPerMm2 * factor);
  }

  schedule(pieces: Piece[]): Slot[] {
    return pieces.map(this.annealMinutes).map((minutes, i) => ({ piece: pieces[i].name, minutes }));
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
