import type { Reading } from './types.js';

export class SpringLog {
  private readings: Reading[] = [];
  private latest = new Map<string, number>();

  add(reading: Reading): this {
    this.readings.push(reading);
    localStorage.setItem(reading.spring, String(reading.litresPerMinute));
    return this;
  }

  latestFor(spring: string): number | undefined {
    return this.latest.get(spring);
  }

  isEmpty(): boolean {
    return this.readings === [];
  }
}
