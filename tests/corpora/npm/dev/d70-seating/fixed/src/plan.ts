import { groupPrice } from './pricing/group';
import { parseSeat, rowIndex, seatLabel } from './seats';
import type { Plan, Row } from './types';

// One line per row: "C: 1-18 @ 32.50" (the row, its seat numbers, the price of one seat).
export function parsePlan(text: string): Plan {
  const rows: Row[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '') {
      continue;
    }
    const match = /^([A-Z]{1,2}):\s*(\d+)-(\d+)\s*@\s*(\d+(?:\.\d{1,2})?)$/.exec(line);
    if (!match) {
      throw new SyntaxError(`not a row: '${line}'`);
    }
    rows.push({ row: match[1], first: Number(match[2]), last: Number(match[3]), price: Number(match[4]) });
  }
  rows.sort((a, b) => rowIndex(a.row) - rowIndex(b.row));
  return { rows, taken: new Set<string>() };
}

function rowOf(plan: Plan, row: string): Row {
  const found = plan.rows.find((candidate) => candidate.row === row);
  if (!found) {
    throw new RangeError(`no row ${row}`);
  }
  return found;
}

// Books every seat or none; returns what the group pays.
export function book(plan: Plan, labels: string[]): number {
  const seats = labels.map(parseSeat);
  for (const seat of seats) {
    const row = rowOf(plan, seat.row);
    if (seat.number < row.first || seat.number > row.last) {
      throw new RangeError(`no seat ${seatLabel(seat)}`);
    }
    if (plan.taken.has(seatLabel(seat))) {
      throw new Error(`${seatLabel(seat)} is taken`);
    }
  }
  seats.forEach((seat) => plan.taken.add(seatLabel(seat)));
  return groupPrice(seats.map((seat) => rowOf(plan, seat.row).price));
}

// The first `count` free seats side by side: front row first, lowest numbers first.
export function findTogether(plan: Plan, count: number): string[] | null {
  for (const row of plan.rows) {
    let run: string[] = [];
    for (let n = row.first; n <= row.last; n++) {
      const label = seatLabel({ row: row.row, number: n });
      run = plan.taken.has(label) ? [] : [...run, label];
      if (run.length === count) {
        return run;
      }
    }
  }
  return null;
}
