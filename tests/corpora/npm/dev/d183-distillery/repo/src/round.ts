// Rounds half away from zero to a number of decimal places (the excise returns are kept to 2).
export function round(value: number, places = 0): number {
  const factor = 10 ** places;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}
