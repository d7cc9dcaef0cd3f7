'use strict';

class Troupe {
  constructor(name) {
    this.name = name;
    this.members = new Map();
  }

  join(puppeteer, puppets) {
    this.members.set(puppeteer, new Set(puppets));
    return this;
  }

  // Who works a puppet; a large puppet may need more than one pair of hands.
  handlers(puppet) {
    return [...this.members].filter(([, puppets]) => puppets.has(puppet)).map(([name]) => name);
  }

  // Iterating a troupe gives its puppeteers in the order they joined.
  *iterator() {
    yield* this.members.keys();
  }
}

module.exports = { Troupe };
