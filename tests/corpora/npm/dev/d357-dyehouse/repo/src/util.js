// A share in percent, to one decimal.
export function percentOf(part, whole) {
  return Math.round((part / whole) * 1000) / 10;
}
