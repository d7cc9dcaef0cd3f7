// Litres per 100 km against miles per gallon: the product is a constant for each kind of gallon.
const US_FACTOR = 235.215;
const UK_FACTOR = 282.481;

export type Gallon = 'us' | 'uk';

export function toMpg(litresPer100: number, gallon: Gallon = 'us'): number {
  return Math.round(((gallon === 'us' ? US_FACTOR : UK_FACTOR) / litresPer100) * 10) / 10;
}

export function fromMpg(mpg: number, gallon: Gallon = 'us'): number {
  return Math.round(((gallon === 'us' ? US_FACTOR : UK_FACTOR) / mpg) * 100) / 100;
}
