// A closed interval [start, end] on the number line (times, positions, ...).
export interface Interval {
  start: number;
  end: number;
}

export function interval(start: number, end: number): Interval {
  if (!Number.isFinite(start) || !Number.isFinite(end) || start > end) {
    throw new RangeError(`not an interval: [${start}, ${end}]`);
  }
  return { start, end };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function contains(outer: Interval, point: number): boolean {
  return outer.start <= point && point <= outer.end;
}
