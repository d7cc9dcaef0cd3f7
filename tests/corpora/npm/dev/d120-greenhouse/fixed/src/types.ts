export interface Reading {
  hour: number; // 0..23
  celsius: number;
  humidity: number; // relative, in percent
}

export interface DayLog {
  date: string;
  readings: Reading[];
}

export interface Crop {
  name: string;
  baseCelsius: number; // no growth below this temperature
  degreeDaysToHarvest: number;
}
