// The nutrient reservoir: its volume, and how much concentrate or water brings it to a target strength.
export const STOCK_EC_PER_ML_PER_L = 0.0125; // mS/cm added by 1 ml of concentrate in 1 l of water

export function concentrateMl(litres: number, ecNow: number, ecTarget: number): number {
  if (ecTarget <= ecNow) {
    return 0;
  }
  return Math.round(((ecTarget - ecNow) / STOCK_EC_PER_ML_PER_L) * litres);
}

// Diluting: the litres of plain water that take the tank from ecNow down to ecTarget.
export function topUpLitres(litres: number, ecNow: number, ecTarget: number): number {
  if (ecTarget >= ecNow) {
    return 0;
  }
  return Math.round((litres * (ecNow / ecTarget - 1)) * 10) / 10;
}
