// tonnes per cubic metre
const DENSITY = { granite: 2.7, slate: 2.8, sandstone: 2.3 };

export class Block {
  #massKg;

  constructor(stone, lengthM, widthM, heightM) {
    this.stone = stone;
    this.volumeM3 = lengthM * widthM * heightM;
    this.#massKg = Math.round(this.volumeM3 * DENSITY[stone] * 1000);
  }

  get massKg() {
    return this.#massKg;
  }
}

export function heavier(a, b) {
  return a.massKg >= b.massKg ? a : b;
}

export function heaviest(blocks) {
  return blocks.reduce(heavier);
}

export function liftable(blocks, craneKg) {
  return blocks.filter((block) => block.massKg <= craneKg).length;
}
