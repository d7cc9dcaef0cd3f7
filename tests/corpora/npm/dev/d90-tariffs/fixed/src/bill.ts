import { usage } from './meter';
import { bandFor } from './tariff';
import type { Band, BillLine, Reading, Tariff } from './types';

export function bill(readings: Reading[], tariff: Tariff, days: number): { lines: BillLine[]; standing: number; total: number } {
  const byBand = new Map<string, number>();
  for (const { hour, kwh } of usage(readings)) {
    const band = bandFor(tariff, hour).name;
    byBand.set(band, (byBand.get(band) ?? 0) + kwh);
  }
  const lines = tariff.bands
    .filter((b) => byBand.has(b.name))
    .map((b) => ({ band: b.name, kwh: byBand.get(b.name)!, pence: Math.round(byBand.get(b.name)! * b.pence) }));
  const standing = Math.round(tariff.standingPence * days);
  return { lines, standing, total: standing + lines.reduce((sum, line) => sum + line.pence, 0) };
}

export function describeBand(band: Band): string {
  return `${band.name} ${band.from}:00-${band.to}:00 at ${band.pence.toFixed(1)}p`;
}

export function pounds(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}
