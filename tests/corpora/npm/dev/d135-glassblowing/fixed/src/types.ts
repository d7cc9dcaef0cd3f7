export interface Piece {
  name: string;
  colour: string;
  thicknessMm: number;
}

export interface Slot {
  piece: string;
  minutes: number;
}
