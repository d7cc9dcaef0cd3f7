const DAY_MS = 24 * 60 * 60 * 1000;
export const RATE_PER_M = 2.5;

// A night is counted for each date a boat stays on past midnight: in on the 3rd, out on the 5th is two nights.
export function nightsBetween(arrival, departure) {
  return Math.round((Date.parse(departure) - Date.parse(arrival)) / DAY_MS);
}

// Boats pay by the metre, part metres rounded up.
export function mooringFee(lengthM, nights) {
  return Math.ceil(lengthM) * RATE_PER_M * nights;
}
