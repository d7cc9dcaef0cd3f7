import { type Call, inWindow, minutesAfter } from './dusk.mjs';

export function parseCall(line: string, day: string): Call {
  const [territory, time] = line.split(' ');
  return { territory, at: new Date(`${day}T${time}:00Z`) };
}

export class NightSurvey {
  readonly calls: Call[] = [];

  constructor(readonly sunset: Date) {}

  record(call: Call): void {
    this.calls.push(call);
  }

  territories(): string[] {
    const seen = new Set<string>();
    for (const call of this.calls) {
      if (inWindow(this.sunset, call)) seen.add(call.territory);
    }
    return [...seen].sort();

  medianStart(): number {
    const firsts = new Map<string, number>();
    for (const call of this.calls) {
      const minutes = minutesAfter(this.sunset, call);
      const known = firsts.get(call.territory);
      if (known === undefined || minutes < known) firsts.set(call.territory, minutes);
    }
    const sorted = [...firsts.values()].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    if (sorted.length % 2 === 0) return sorted[mid];
    return sorted[Math.floor(mid)];
  }
}
