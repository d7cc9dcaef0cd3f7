import type { Interval } from './interval';

// Sum of the lengths; the intervals must not overlap (merge them first).
export default function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, item) => sum + (item.end - item.start), 0);
}
