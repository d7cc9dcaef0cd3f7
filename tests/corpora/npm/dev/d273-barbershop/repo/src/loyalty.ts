// The till writes a customer's loyalty points as people read them, with a comma between the thousands: '1,250'.
export function points(text: string): number {
  return Number(text.replaceAll(',', ''));
}

const POINTS_PER_FREE_CUT = 1000;

export function freeCuts(text: string): number {
  return Math.floor(points(text) / POINTS_PER_FREE_CUT);
}

// The receipt's loyalty line: the customer's name, and the free cuts waiting for them when there are any.
export function loyaltyLine(name: string, text: string): string {
  const cuts = freeCuts(text);
  return `${name}${cuts && ` (free cuts: ${cuts})`}`;
}
