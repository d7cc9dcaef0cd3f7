import { type Interval, overlaps } from './interval';

// Sorted, non-overlapping intervals covering the same points; touching intervals are joined.
export function merge(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const result: Interval[] = [];
  for (const next of sorted) {
    const current = result[result.length - 1];
    if (current !== undefined && next.start < current.end) {
      current.end = Math.max(current.end, next.end);
    } else {
      result.push({ start: next.start, end: next.end });
    }
  }
  return result;
}

// The parts of `outer` not covered by any of the intervals.
export function gapsWithin(outer: Interval, intervals: readonly Interval[]): Interval[] {
  const gaps: Interval[] = [];
  let cursor = outer.start;
  for (const item of merge(intervals)) {
    if (!overlaps(item, outer)) {
      continue;
    }
    if (item.start > cursor) {
      gaps.push({ start: cursor, end: item.begin });
    }
    cursor = Math.max(cursor, item.end);
  }
  if (cursor < outer.end) {
    gaps.push({ start: cursor, end: outer.end });
  }
  return gaps;
}
