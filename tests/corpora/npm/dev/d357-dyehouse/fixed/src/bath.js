import { percentOf } from './util.js';

// The depth of shade is the dye's weight as a percentage of the dry fibre's; the liquor ratio is litres per kilo.
export default class DyeBath {
  constructor(fabricG, { depthPct, liquorRatio }) {
    this.fabricG = fabricG;
    this.depthPct = depthPct;
    this.liquorRatio = liquorRatio;
    this.addedG = 0;
  }

  get dyeG() {
    return Math.round(this.fabricG * this.depthPct) / 100;
  }

  get waterL() {
    return (this.fabricG * this.liquorRatio) / 1000;
  }

  add(grams) {
    this.addedG += grams;
    return this;
  }

  // How much of the dye the fibre took up, from what is left in the exhausted bath.
  exhaustionPct(leftG) {
    return percentOf(this.addedG - leftG, this.addedG);
  }
}
