// A meter reading: the register's total in kWh at a local time 'YYYY-MM-DDTHH:MM'.
export interface Reading {
  at: string;
  kwh: number;
}

// A time-of-use band covers the hours [from, to); a band with from > to runs over midnight.
export interface Band {
  name: string;
  from: number;
  to: number;
  pence: number;
}

export interface Tariff {
  standingPence: number;
  bands: Band[];
}

export interface BillLine {
  band: string;
  kwh: number;
  pence: number;
}
