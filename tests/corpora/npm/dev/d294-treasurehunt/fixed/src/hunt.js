const { randomUUID } = require('node:crypto');

class Hunt {
  constructor(name) {
    this.id = randomUUID();
    this.name = name;
    this.steps = [];
  }

  walk(x, y) {
    this.steps.push([x, y]);
    return this;
  }

  squaresVisited() {
    return new Set(this.steps.map(([x, y]) => `${x},${y}`)).size;
  }
}

module.exports = { Hunt };
