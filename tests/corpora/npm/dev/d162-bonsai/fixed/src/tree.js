'use strict';

// Repot every this many years, by how fast the species grows.
const REPOT_YEARS = { juniper: 3, maple: 2, ficus: 2, pine: 4 };

class Bonsai {
  // Only repot moves the year a tree was potted; everything else reads it through the getter.
  #pottedYear;

  constructor(name, species, pottedYear) {
    this.name = name;
    this.species = species;
    this.#pottedYear = pottedYear;
    this.wires = [];
  }

  get pottedYear() {
    return this.#pottedYear;
  }

  yearsInPotAt(year) {
    return year - this.#pottedYear;
  }

  needsRepotting(year) {
    return this.yearsInPotAt(year) >= (REPOT_YEARS[this.species] ?? 2);
  }

  repot(year) {
    if (year < this.#pottedYear) {
      throw new RangeError(`${this.name} was potted in ${this.#pottedYear}`);
    }
    this.#pottedYear = year;
    return this;
  }

  // Wire bends a branch; it must come off before it bites into the bark.
  wire(branch, offBy) {
    this.wires.push({ branch, offBy });
    return this;
  }

  unwire(branch) {
    const index = this.wires.findIndex((wire) => wire.branch === branch);
    if (index >= 0) {
      this.wires.splice(index, 1);
    }
    return this;
  }

  get wireCount() {
    return this.wires.length;
  }

  wiresDue(day) {
    return this.wires.filter((wire) => wire.offBy <= day).map((wire) => wire.branch);
  }
}

module.exports = { Bonsai, REPOT_YEARS };
