export interface Panel {
  name: string;
  areaM2: number;
}

// An order as the loft's form sends it: the measurements are the text the customer typed.
export interface SailOrder {
  boat: string;
  luff: string;
  foot: string;
  cloth: string;
  panels: Panel[];
}
