export class Barrel {
  level = 0;

  constructor(readonly capacityL: number) {}

  // Takes what fits and hands back the overflow for the next barrel in the chain.
  fill(litres: number): number {
    const taken = Math.min(litres, this.capacityL - this.level);
    this.level += taken;
    return litres - taken;
  }
}

export function fillChain(barrels: Barrel[], litres: number): number {
  let left = litres;
  for (const barrel of barrels) {
    left = barrel.fill(left);
  }
  return left;
}
