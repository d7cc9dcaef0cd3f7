import type { DayLog, Reading } from '../src/types';

// Six readings a day, every four hours.
function day(date: string, celsius: number[], humidity: number[]): DayLog {
  const readings: Reading[] = celsius.map((value, i) => ({ hour: i * 4, celsius: value, humidity: humidity[i] }));
  return { date, readings };
}

export const MONDAY = day('2027-04-05', [9, 8, 14, 24, 19, 12], [88, 90, 70, 52, 61, 80]);
export const TUESDAY = day('2027-04-06', [11, 10, 17, 27, 21, 14], [91, 93, 92, 60, 58, 75]);
export const WEDNESDAY = day('2027-04-07', [6, 5, 9, 13, 11, 7], [95, 96, 94, 85, 90, 93]);
