const assert = require('node:assert');
const { parsePrintout, secondsOf } = require('./clock');
const { SECTIONS, velocity } = require('./velocity');

const RING = /^GB\d{2}[A-Z]\d{3,5}$/;

class Race {
  constructor(name, liberation) {
    this.name = name;
    this.liberation = secondsOf(liberation);
    this.birds = [];
    this.arrivals = new Map();
  }

  register(bird) {
    assert(RING.test(bird.ring), `bad ring number ${bird.ring}`);
    assert(SECTIONS.includes(bird.section), `no section ${bird.section}`);
    if (this.birds.some((entered) => entered.ring === bird.ring)) {
      throw new Error(`${bird.ring} is already entered`);
    }
    this.birds.push({ ...bird });
    return this.birds.length;
  }

  clockIn(printout) {
    for (const { ring, seconds } of parsePrintout(printout)) {
      if (!this.arrivals.has(ring)) this.arrivals.set(ring, seconds);
    }
  }

  results(section) {
    return this.birds
      .filter((bird) => section === undefined || bird.section === section)
      .filter((bird) => this.arrivals.has(bird.ring))
      .map((bird) => ({
        ring: bird.ring,
        loft: bird.loft,
        ypm: velocity(bird.miles, this.arrivals.get(bird.ring) - this.liberation),
      }))
      .sort((a, b) => b.ypm - a.ypm);
  }
}

module.exports = { Race };
