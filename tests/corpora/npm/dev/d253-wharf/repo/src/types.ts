export interface Vessel {
  name: string;
  // Line, port and voyage, e.g. 'MSC.ROT.0042'.
  manifest: string;
  draughtM: number;
  grossTonnes: number;
}

export interface Harbour {
  name: string;
  chartDepthM: number;
  tonnePence: number;
  // Some harbours add a charge of their own (pilots, a lock); most do not.
  surcharge?(vessel: Vessel): number;
}
