import { dewPoint } from './dewpoint';
import type { Reading } from './readings';
import { round } from './units';

export interface Day {
  date: string;
  min: number;
  max: number;
  mean: number;
  dewPoint: number;
}

// One summary per date, in the order the dates first appear; temperatures rounded to a tenth.
export function daily(readings: Reading[]): Day[] {
  const byDate = new Map<string, Reading[]>();
  for (const reading of readings) {
    byDate.set(reading.date, [...(byDate.get(reading.date) ?? []), reading]);
  }
  const days: Day[] = [];
  for (const [date, day] of byDate) {
    const temperatures = day.map((reading) => reading.celsius);
    const mean = temperatures.reduce((sum, t) => sum + t, 0) / temperatures.length;
    const humidity = day.reduce((sum, reading) => sum + reading.humidity, 0) / day.length;
    days.push({
      date,
      min: round(Math.min(...temperatures)),
      max: round(Math.max(...temperatures)),
      mean: round(mean),
      dewPoint: round(dewPoint(mean, humidity)),
    });
  }
  return days;
}
