// Decks of a passenger hovercraft, in the order the numeric enum gives them.
export enum Deck {
  Lower,
  Upper,
  Cargo,
}

export const SEATS_PER_ROW = 6;

export class Craft {
  constructor(
    readonly name: string,
    readonly rows: number,
  ) {}

  get seats(): number
    return this.rows * SEATS_PER_ROW;
  }
}

export function deckNames(): string[] {
  return Object.keys(Deck);
}
