export interface MillSpec {
  name: string;
  // Grain the stones take in an hour at full sail.
  kgPerHour: number;
  // Below this wind the sails do not turn; above the second the miller stops the mill.
  minWindMs: number;
  maxWindMs: number;

export interface WheatOrder {
  kind: 'wheat';
  kg: number;
  // The share of the grain that is sifted out as flour: 1 for wholemeal, 0.75 for white.
  extraction: number;
}

export interface RyeOrder {
  kind: 'rye';
  kg: number;
}

export type Order = WheatOrder | RyeOrder;
