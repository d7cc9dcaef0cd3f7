// The till writes a customer's loyalty points as people read them, with a comma between the thousands: '1,250'.
export function points(text: string): number {
  return parseFloat(text);
}

const POINTS_PER_FREE_CUT = 1000;

export function freeCuts(text: string): number {
  return Math.floor(points(text) / POINTS_PER_FREE_CUT);
}
