import type { TideEvent, Water } from './types';

// One line of a printed tide table: "HW 0642 4.8" (high or low water, 24-hour time, height in metres).
export function parseLine(line: string): TideEvent {
  const [water, time, height] = line.trim().split(/\s+/);
  if ((water !== 'HW' && water !== 'LW') || !/^\d{4}$/.test(time ?? '')) {
    throw new Error(`not a tide line: ${line}`);
  }
  const minutes = Number(time.substring(0, 2)) * 60 + Number(time.substring(2, 2));
  return { water: water as Water, minutes, heightM: Number(height) };
}

export function parseTable(text: string): TideEvent[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map(parseLine)
    .sort((a, b) => a.minutes - b.minutes);
}

export function clock(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
