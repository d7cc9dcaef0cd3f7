'use strict';

// A quiver holds one order's arrows; looping over it or spreading it gives them in the order they were fletched.
class Quiver {
  constructor(arrows) {
    this.arrows = [...arrows];
  }

  [Symbol.iterator]() {
    return this.arrows.values();
  }

  get count() {
    return this.arrows.length;
  }
}

module.exports = { Quiver };
