const RING_PENCE = 40;
const DEAL_PENCE = 100;
const RINGS_PER_DEAL = 3;

export class Stall {
  constructor(name) {
    this.name = name;
    this.landed = [];
  }

  // Three rings for a pound, then single rings at 40p with what is left.
  static ringsFor(pence) {
    const deals = Math.floor(pence / DEAL_PENCE);
    return deals * RINGS_PER_DEAL + Math.floor(pence / RING_PENCE);
  }

  record(block) {
    this.landed.push(block);
    return this;
  }
}
