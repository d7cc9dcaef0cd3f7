// A length of hedge: counts as its metres in sums, and reads as '<n> m' in text.
class Length {
  constructor(metres) {
    this.metres = metres;
  }

  valueOf() {
    return this.metres;
  }
}

module.exports = { Length };
