export type TicketKind = 'adult' | 'child' | 'concession';

export interface Showing {
  film: string;
  screen: number;
  start: string; // "HH:MM", 24-hour clock
  runtimeMin: number;
}

export interface Seat {
  row: string;
  number: number;
}
