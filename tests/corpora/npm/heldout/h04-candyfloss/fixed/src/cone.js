class Cone {
  constructor(flavour, grams) {
    this.flavour = flavour;
    this.grams = grams;
  }

  label() {
    return `${this.flavour} (${this.grams} g)`;
  }
}

module.exports = { Cone };
