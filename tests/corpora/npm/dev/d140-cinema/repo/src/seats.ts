import type { Seat } from './types';

export function parseSeat(label: string): Seat {
  const match = /^([A-Z])(\d{1,2})$/.exec(label);
  if (!match) throw new Error(`not a seat: ${label}`);
  return { row: match[1], number: Number(match[2]) };
}

// The first run of `count` free seats side by side in one row, as labels, or null.
export function findTogether(free: string[], row: string, count: number): string[] {
  const numbers = free
    .map(parseSeat)
    .filter((seat) => seat.row === row)
    .map((seat) => seat.number)
    .sort((a, b) => a - b);
  for (let i = 0; i + count < numbers.length; i += 1) {
    if (numbers[i + count - 1] - numbers[i] === count - 1) {
      return numbers.slice(i, i + count).map((number) => `${row}${number}`);
    }
  }
  return null;
}
