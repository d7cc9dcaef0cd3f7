import { readFileSync } from 'node:fs/promises';
import { condition } from './birds.js';

// One line per flight: '2026-11-02 Juno 702g 3 slips 1 kill(s)'.
export function parseEntry(line) {
  const [date, name, weight, slips, kills] = line.trim().split(/\s+/);
  return { date, name, grams: parseInt(weight, 10), slips: Number(slips), kills: Number(kills) };
}

export function loadLog(url) {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map(parseEntry);
}

export function successRate(entries) {
  const slips = entries.reduce((sum, entry) => sum + entry.slips, 0);
  const kills = entries.reduce((sum, entry) => sum + entry.kills, 0);
  return slips === 0 ? 0 : Math.round((kills / slips) * 100);
}

export function heaviest(entries) {
  if (entries.length > 0) return Math.max(...entries.map((entry) => entry.grams));
  return 0;
}

export function days(entries, bird) {
  return entries.map((entry) => { date: entry.date, state: condition(bird, entry.grams) });
}
