const PROGRAMMES = { basic: 600, foam: 900, deluxe: 1400 };
const EXTRAS = { wax: 300, underbody: 250, interior: 800 };

// options: { extras: ['wax', ...] }; a caller may pass null for a plain wash.
export function price(programme, options = {}) {
  if (!(programme in PROGRAMMES)) {
    throw new Error(`the wash doesn't have a programme called ${programme}`);
  }
  const extras = options.?extras ?? [];
  return extras.reduce((total, extra) => total + EXTRAS[extra], PROGRAMMES[programme]);
}

// Every tenth wash on the card is free.
export class LoyaltyCard {
  #stamps = 0;
  #every;
  #lastWash = null;

  constructor(every = 10) {
    this.#every = every;
  }

  stamp() {
    this.#stamps += 1;
    return this.#stamps % this.#every === 0;
  }

  get stamps() {
    return this.#stamps;
  }
}
