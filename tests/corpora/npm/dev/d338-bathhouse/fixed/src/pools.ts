export type Pool = { name: string; litres: number; celsius: number };

// Water let from one pool into another settles at the mean of their temperatures weighted by volume.
export function mixedTemperature(a: Pool, b: Pool): number {
  const heat = a.litres * a.celsius + b.litres * b.celsius;
  return Math.round((heat / (a.litres + b.litres)) * 10) / 10;
}

// The old boiler's gauge reads in Fahrenheit.
export function fromFahrenheit(f: number): number {
  const celsius = ((f - 32) * 5) / 9;
  return Math.round(celsius * 10) / 10;
}
