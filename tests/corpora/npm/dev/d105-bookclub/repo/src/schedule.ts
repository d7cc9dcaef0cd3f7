import { meetings } from './dates';
import type { Assignment, Book } from './types';

// Splits a book into one share of pages per meeting, the earlier meetings taking the odd pages.
export function splitPages(pages: number, parts: number): Array<[number, number]> {
  const base = Math.floor(pages / parts);
  const extra = pages % parts;
  const out: Array<[number, number] = [];
  let from = 1;
  for (let i = 0; i < parts; i++) {
    const size = base + (i < extra ? 1 : 0);
    out.push([from, from + size - 1]);
    from += size;
  }
  return out;
}

export function schedule(book: Book, first: string, parts: number, everyDays: number, holidays: string[] = []): Assignment[] {
  const dates = meetings(first, parts, everyDays, new Set(holidays));
  return splitPages(book.pages, parts).map(([from, to], i) => ({ meeting: dates[i], from, to }));
}

// Pages a day needed to keep up with an assignment, reading from the day after the previous meeting.
export function pagesPerDay(assignment: Assignment, days: number): number {
  return Math.ceil((assignment.to - assignment.from + 1) / days);
}
