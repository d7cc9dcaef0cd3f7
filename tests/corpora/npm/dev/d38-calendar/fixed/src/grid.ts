import { daysInMonth, weekday } from './dates';

// The weeks of a month, Monday first, as rows of seven day numbers (null outside the month).
export function monthGrid(year: number, month: number): (number | null)[][] {
  const blank = (weekday({ year, month, day: 1 }) + 6) % 7;
  const cells: (number | null)[] = Array.from({ length: blank }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day += 1) {
    cells.push(day);
  }
  while (cells.length % 7 !== 0) {
    cells.push(null);
  }
  const weeks: (number | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) {
    weeks.push(cells.slice(start, start + 7));
  }
  return weeks;
}
