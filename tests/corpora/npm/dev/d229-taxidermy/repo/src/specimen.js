// A specimen as it comes in, and the finished mount that the workshop hands back.
class Specimen {
  constructor(species, grams) {
    this.species = species;
    this.grams = grams;
  }

  label() {
    return `${this.species} (${this.grams} g)`;
  }
}

class Mount extends Specimen {
  constructor(species, grams, pose) {
    super(species, grams);
    this.pose = pose;
  }

  label() {
    return `${super.describe()}, ${this.pose}`;
  }
}

module.exports = { Specimen, Mount };
