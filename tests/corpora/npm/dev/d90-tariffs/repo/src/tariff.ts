import type { Band, Tariff } from './types';

// 'standing 45.5' and one line per band: 'night 23-7 9.8'.
export function parseTariff(text: string): Tariff {
  let standingPence = 0;
  const bands: Band[] = [];
  for (const line of text.trim().split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] === 'standing') {
      standingPence = Number(words[1]);
      continue;
    }
    const [name, hours, pence] = words;
    const [from, to] = hours.split('-').map(Number);
    bands.push({ name, from, to, pence });
  }
  return { standingPence, bands };
}

export function bandFor(tariff: Tariff, hour: number): Band {
  const band = tariff.bands.find((b) => (b.from < b.to ? hour >= b.from && hour < b.to : hour >= b.from || hour < b.to));
  if (!band) throw new Error(`no band covers hour ${hour}`);
  return band;
}
