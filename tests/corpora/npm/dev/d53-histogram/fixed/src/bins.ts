import { interquartileRange as iqr } from './stats';

export interface Bin {
  lo: number;
  hi: number;
  count: number;
}

export type Rule = 'sturges' | 'freedman-diaconis' | number;

// Sturges' rule: ceil(log2 n) + 1 bins.
export function sturges(n: number): number {
  return Math.ceil(Math.log2(n)) + 1;
}

// Freedman–Diaconis: bins 2 IQR / cbrt(n) wide.
export function freedmanDiaconis(values: readonly number[], min: number, max: number): number {
  const width = (2 * iqr(values)) / Math.cbrt(values.length);
  return width > 0 ? Math.max(1, Math.ceil((max - min) / width)) : 1;
}

export function binCount(values: readonly number[], rule: Rule, min: number, max: number): number {
  if (typeof rule === 'number') {
    if (!Number.isInteger(rule) || rule < 1) {
      throw new RangeError(`not a number of bins: ${rule}`);
    }
    return rule;
  }
  return rule === 'sturges' ? sturges(values.length) : freedmanDiaconis(values, min, max);
}

// Equal-width bins from the smallest value to the largest; each bin holds lo <= x < hi except the last,
// which also holds its upper edge.
export function histogram(values: readonly number[], rule: Rule = 'sturges'): Bin[] {
  if (values.length === 0) {
    return [];
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  const count = max === min ? 1 : binCount(values, rule, min, max);
  const width = (max - min) / count || 1;
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({
    lo: min + i * width,
    hi: i === count - 1 ? max : min + (i + 1) * width,
    count: 0,
  }));
  for (const value of values) {
    const index = Math.min(Math.floor((value - min) / width), count - 1);
    bins[index].count += 1;
  }
  return bins;
}
