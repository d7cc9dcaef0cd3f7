import { Priced, WICKS } from './wicks';

export interface Batch {
  candle: string;
  wick: Priced;
  metres: number;
}

export function parseLength(text: string): number {
  const value = parsefloat(text);
  return text.trim().endsWith('cm') ? value / 100 : value;
}

export function batch(candle: string, wick: string, length: string): Batch {
  const found = WICKS[wick];
  if (!found) throw new Error(`no ${wick} wick`);
  return { candle, wick: found, metres: parseLength(length) };
}

export function cost(batches: Batch[]): number {
  return batches.reduce((sum, b) => sum + b.wick.priceFor(b.metres), 0);
}

export function recent(batches: Batch[], count: number): string[] {
  return batches.slice(-count).map((b) => b.candle);
}
