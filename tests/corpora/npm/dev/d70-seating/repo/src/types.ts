export interface SeatRef {
  row: string;
  number: number;
}

export interface Row {
  row: string;
  first: number;
  last: number;
  price: number;
}

export interface Plan {
  rows: Row[];
  taken: Set<string>;
}
