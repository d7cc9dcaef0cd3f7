import { parseSize } from './skates.js';

export class Session {
  constructor(start, capacity) {
    this.start = start;
    this.capacity = capacity;
    this.skaters = [];
  }

  get full() {
    return this.skaters.length >= this.capacity;
  }

  admit(name, size) {
    if (this.full) {
      return false;
    }
    this.skaters.push({ name, size: parseSize(size) });
    return true;
  }

  sizesNeeded() {
    const counts = {};
    for (const { size } of this.skaters) {
      counts[size] = (counts[size] ?? 0) + 1;
    }
    return counts;
  }
}

// A coach cannot teach two lessons in the same slot: returns every lesson booked after the first in its slot.
export function clashes(lessons) {
  const seen = new Set();
  const clashing = [];
  for (const lesson of lessons) {
    const key = `${lesson.coach}@${lesson.slot}`;
    if (seen.has(key)) {
      clashing.push(lesson);
    }
    seen.add(key);
  }
  return clashing;
}
