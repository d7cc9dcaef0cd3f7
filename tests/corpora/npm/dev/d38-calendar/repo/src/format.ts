import { type CalendarDate, isValidDate, WEEKDAYS, weekday } from './dates';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIso(text: string): CalendarDate {
  const match = ISO.exec(text);
  if (!match) {
    throw new Error(`not an ISO date: ${text}`);
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isValidDate(date)) {
    throw new Error(`no such day: ${text}`);
  }
  return date;
}

export function formatIso({ year, month, day }: CalendarDate): string {
  const pad = (value: number) => value.padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function describe(date: CalendarDate): string {
  return `${WEEKDAYS[weekday(date)]} ${formatIso(date)}`;
}
