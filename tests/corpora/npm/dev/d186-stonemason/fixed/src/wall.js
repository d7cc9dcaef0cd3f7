const { mortarMix, batch } = require('./mortar');

// Most rubble walls are laid in NHL 3.5 unless the engineer says otherwise.
const DEFAULT_MIX = mortarMix('NHL 3.5');

// Mortar takes about a fifth of the volume of a random rubble wall.
const MORTAR_SHARE = 0.2;

class Wall {
  constructor({ lengthM, heightM, thicknessM, mix = DEFAULT_MIX }) {
    this.lengthM = lengthM;
    this.heightM = heightM;
    this.thicknessM = thicknessM;
    this.mix = mix;
  }

  get volumeM3() {
    return this.lengthM * this.heightM * this.thicknessM;
  }

  // Tonnes of stone at 2.2 t for each cubic metre of wall that is not mortar.
  stoneTonnes() {
    return Math.round(this.volumeM3 * (1 - MORTAR_SHARE) * 2.2 * 100) / 100;
  }

  mortar() {
    return batch(this.mix, this.volumeM3 * MORTAR_SHARE * 1000);
  }

  // Setting out: a true rectangle's diagonal is the square root of the sum of the squared sides.
  diagonalM() {
    return Math.round((this.lengthM ** 2 + this.heightM ** 2) ** (1 / 2) * 1000) / 1000;
  }
}

module.exports = { Wall, DEFAULT_MIX };
