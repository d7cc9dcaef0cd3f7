import type { SeatRef } from './types';

// "C12" is row C, seat 12; rows run A to Z, then AA, AB and so on. Seats are numbered from 1.
export function parseSeat(label: string): SeatRef {
  const match = /^([A-Z]{1,2})(\d{1,3})$/.exec(label.trim().toUpperCase());
  if (!match || match[2] === 0) {
    throw new SyntaxError(`not a seat: '${label}'`);
  }
  return { row: match[1], number: Number(match[2]) };
}

export function seatLabel(seat: SeatRef): string {
  return `${seat.row}${seat.number}`;
}

// A is 0, Z is 25, AA is 26.
export function rowIndex(row: string): number {
  return [...row].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}
