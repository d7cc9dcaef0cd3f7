export type Grade = 0 | 1 | 2 | 3 | 4 | 5;

export interface Card {
  id: number;
  front: string;
  back: string;
  ease: number;
  // Days until the next review; 0 for a card never studied.
  interval: number;
  reps: number;
  // The day (days since the deck began) the card is due.
  due: number;
}
