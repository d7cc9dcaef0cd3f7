import { fromCents, type Money } from './money';

/**
 * Splits an amount by ratios without losing or inventing a cent: everyone gets the floor of their
 * exact share, and the cents left over go to the largest remainders (Hamilton's method).
 */
export function allocate(total: Money, ratios: number[]): Money[] {
  if (ratios.length === 0) {
    throw new Error('nothing to allocate to');
  }
  if (ratios.some((ratio) => ratio < 0)) {
    throw new RangeError('ratios cannot be negative');
  }
  const sum = ratios.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    throw new RangeError('ratios add up to zero');
  }
  const exact = ratios.map((ratio) => (total.cents * ratio) / sum);
  const shares = exact.map((value) => Math.floor(value));
  const remainder = total.cents - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (let i = 0; i <= remainder; i++) {
    shares[order[i].index] += 1;
  }
  return shares.map((cents) => fromCents(total.currency, cents));
}

export function splitEvenly(total: Money, parts: number): Money[] {
  if (!Number.isInteger(parts) || parts < 1) {
    throw new RangeError(`cannot split into ${parts} parts`);
  }
  return allocate(total, new Array<number>(parts).fill(1));
}
