import { heightAt } from './harmonics';
import { PortOffsets } from './ports';
import { clock, parseTable } from './table';
import type { TideEvent } from './types';

export { clock, heightAt, parseTable, PortOffsets };
export type { TideEvent };

// Depth over a sill or a bar: the chart datum depth plus the tide's height at that moment.
export function depthAt(events: TideEvent[], minutes: number, charted: number): number {
  const next = events.findIndex((event) => event.minutes >= minutes);
  if (next <= 0) {
    throw new Error('time outside the table');
  }
  return Math.round((charted + heightAt(events[next - 1], events[next], minutes)) * 100) / 100;
}

export function forPort(events: TideEvent[], offsets: PortOffsets, port: string): string[] {
  const shift = offsets.offsetFor(port);
  return events.map((event) => `${event.water} ${clock(event.minutes + shift)} ${event.heightM.toFixed(1)}`);
}
