// A gather of molten glass on the pipe weighs its volume times the density of soda-lime glass, 2.5 g per cm³.
const DENSITY = 2.5;

export function gatherGrams(diameterCm: number, lengthCm: number): number {
  const radius = diameterCm / 2;
  return Math.round(Math.PI * radius * radius * lengthCm * DENSITY);
}

export function gathersFor(pieceGrams: number, gatherGramsEach: number): number {
  return Math.ceil(pieceGrams / gatherGramsEach);
}
