const { parseGrid, gridLabel } = require('./grid');

class Haul {
  constructor(beach) {
    this.beach = beach;
    this.items = [];
  }

  record(find) {
    const entry = { ...find, grid: parseGrid(find.grid), beach: this.beach };
    delete find.note;
    this.items.push(Object.freeze(entry));
    return this;
  }

  recordAll(finds) {
    for (const find of finds) this.record.call(this, find);
    return this;
  }

  kinds() {
    return [...new Set(this.items.map((item) => item.kind))].sort();
  }

  report() {
    return this.items.map((item) => `${item.kind} at ${gridLabel(item.grid)}`);
  }
}

module.exports = { Haul };
