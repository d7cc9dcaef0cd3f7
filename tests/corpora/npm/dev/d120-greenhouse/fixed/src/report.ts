import { peakHumidity, ventHours } from './climate';
import type { DayLog } from './types';

export interface DayReport {
  date: string;
  ventOpenHours: number;
  peakHumidity: number;
}

export function dayReport(day: DayLog, openAbove: number): DayReport {
  return {
    date: day.date,
    ventOpenHours: ventHours(day.readings, openAbove).length,
    peakHumidity: peakHumidity(day.readings),
  };
}

export function weekReport(days: DayLog[], openAbove: number): DayReport[] {
  return days.map((day) => dayReport(day, openAbove));
}
