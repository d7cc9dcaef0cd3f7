import { type Interval } from './interval';
import { totalLength } from './length';
import { gapsWithin, merge } from './merge';

export interface Coverage {
  covered: number;
  free: number;
  ratio: number;
}

// How much of `outer` the intervals cover, counting shared parts once.
export function coverage(outer: Interval, intervals: readonly Interval[]): Coverage {
  const free = totalLength(gapsWithin(outer, intervals));
  const size = outer.end - outer.start;
  const covered = size - free;
  return { covered, free, ratio: size === 0 ? 1 : covered / size };
}

// The first free slot of at least `length` inside `outer`, or undefined.
export function firstFreeSlot(outer: Interval, busy: readonly Interval[], length: number): Interval | undefined {
  const slot = gapsWithin(outer, busy).find((gap) => gap.end - gap.start >= length);
  return slot === undefined ? undefined : { start: slot.start, end: slot.start + length };
}

export function busyTime(intervals: readonly Interval[]): number {
  return totalLength(merge(intervals));
}
