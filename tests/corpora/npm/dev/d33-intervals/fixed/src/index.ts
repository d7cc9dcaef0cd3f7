export { interval, overlaps, contains, type Interval } from './interval';
export { merge, gapsWithin } from './merge';
export { coverage, firstFreeSlot, busyTime, type Coverage } from './coverage';
