// The Magnus formula with Sonntag's constants (good to about 0.1 °C between -45 and 60 °C).
const A = 17.62;
const B = 243.12;

export function dewPoint(celsius: number, humidity: number): number {
  if (humidity <= 0 || humidity > 100) {
    throw new RangeError(`relative humidity out of range: ${humidity}`);
  }
  const gamma = Math.log(humidity / 100) + (A * celsius) / (B + celsius);
  return (B * gamma) / (A - gamma);
}
