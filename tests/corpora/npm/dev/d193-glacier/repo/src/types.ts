export interface StakeReading {
  stake: string;
  date: string;
  // How much of the stake stands out of the ice, in centimetres; it grows as the ice melts.
  exposedCm: number;
}

export interface StakeBalance {
  stake: string;
  days: number;
  meltCm: number;
  waterEquivalentMm: number;
}
