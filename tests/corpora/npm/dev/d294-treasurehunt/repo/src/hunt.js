const { v4: randomUUID } = require('uuid');

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
    return new Set(this.steps).size;
  }
}

module.exports = { Hunt };
