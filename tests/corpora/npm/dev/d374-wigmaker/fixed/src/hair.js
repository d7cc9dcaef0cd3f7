'use strict';

const KNOTS_PER_CM2 = 60;
const KNOTS_PER_HOUR = 900;

// A workshop ventilates so many knots to the square centimetre; a fuller wig is knotted denser.
class Workshop {
  constructor(density = KNOTS_PER_CM2) {
    this.density = density;
  }

  knots(areaCm2) {
    return Math.round(areaCm2 * this.density);
  }

  hours(areaCm2) {
    return Math.ceil(this.knots(areaCm2) / KNOTS_PER_HOUR);
  }
}

module.exports = { Workshop, KNOTS_PER_CM2, KNOTS_PER_HOUR };
