const STONES = ['ashlar', 'rubble', 'coping', 'quoin'];

class Yard {
  constructor() {
    this.stock = new Map(STONES);
  }

  deliver(stone, tonnes) {
    if (!this.stock.has(stone)) throw new Error(`the yard does not keep ${stone}`);
    this.stock.set(stone, this.stock.get(stone) + tonnes);
  }

  // Takes stone for a job; a job is refused rather than half supplied.
  take(stone, tonnes) {
    const held = this.stock.get(stone) ?? 0;
    if (held < tonnes) throw new Error(`only ${held} t of ${stone} in the yard`);
    this.stock.set(stone, Math.round((held - tonnes) * 100) / 100);
  }

  report() {
    return [...this.stock].filter(([, tonnes]) => tonnes > 0).map(([stone, tonnes]) => `${stone}: ${tonnes} t`);
  }
}

module.exports = { Yard, STONES };
