import type { Reading } from './types.js';

export class SpringLog {
  private readings: Reading[] = [];
  private latest = new Map<string, number>();

  add(reading: Reading): this {
    this.readings.push(reading);
    this.latest.set(reading.spring, reading.litresPerMinute);
    return this;
  }

  latestFor(spring: string): number | undefined {
    return this.latest.get(spring);
  }

  isEmpty(): boolean {
    return this.readings.length === 0;
  }
}
