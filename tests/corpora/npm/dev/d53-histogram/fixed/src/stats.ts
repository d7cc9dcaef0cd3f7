export function mean(values: readonly number[]): number {
  if (values.length === 0) {
    throw new RangeError('the mean of no values');
  }
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

// The q-quantile by linear interpolation between the closest ranks (the R-7 / Excel method).
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0 || q < 0 || q > 1) {
    throw new RangeError(`no ${q}-quantile here`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function interquartileRange(values: readonly number[]): number {
  return quantile(values, 0.75) - quantile(values, 0.25);
}
