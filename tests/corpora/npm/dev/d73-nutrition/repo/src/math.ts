export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
