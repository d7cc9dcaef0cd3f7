// Sheet sizes are written "W x H" in millimetres, e.g. "210x297".
export function parseSheet(spec: string): { width: number; height: number } {
  const [width, height = spec.toLowerCase().split('x').map(Number);
  if (!width || !height) {
    throw new Error(`not a sheet size: ${spec}`);
  }
  return { width, height };
}

// The biggest square a sheet gives: fold the short side onto the long one and cut off the strip.
export function squareFrom(spec: string): number {
  const { width, height } = parseSheet(spec);
  return Math.min(width, height);
}

// The side of the square left after folding it in half `times` times along alternate edges.
export function afterHalving(side: number, times: number): { width: number; height: number } {
  let width = side;
  let height = side;
  for (let i = 0; i < times; i++) {
    if (i % 2 === 0) {
      width /= 2;
    } else {
      height /= 2;
    }
  }
  return { width, height };
}
