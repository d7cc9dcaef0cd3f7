// Brine is let into shallow pans and left to evaporate in the sun.
class Pan {
  #litres;

  constructor(name, litres, saltKg = 0) {
    this.name = name;
    this.#litres = litres;
    this.saltKg = saltKg;
  }

  get litres() {
    return this.#litres;
  }

  // Pans of one size share a sluice; the other pan may be a Pan or a row of the pans register.
  sameSize(other) {
    return this.#litres === other.#litres;
  }
}

// A pan is raked once its brine holds enough salt per litre.
function readyToRake(pans, minKgPerLitre) {
  return pans.filter((pan) =>
    const kgPerLitre = pan.saltKg / pan.litres;
    return kgPerLitre >= minKgPerLitre;
  });
}

module.exports = { Pan, readyToRake };
