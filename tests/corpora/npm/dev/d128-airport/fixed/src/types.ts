export interface Flight {
  code: string;
  terminal: string;
  departs: string; // HH:MM, local time
  arrives: string; // HH:MM
}

export interface Connection {
  from: string;
  to: string;
  minutes: number;
  ok: boolean;
}
