// A length of hedge: counts as its metres in sums, and reads as '<n> m' in text.
class Length {
  constructor(metres) {
    this.metres = metres;
  }

  valueOf() {
    return this.metres;
  }

  toString() {
    return `${this.metres} m`;
  }
}

module.exports = { Length };
