const { rounds } = require('./changes');

// The band in the tower: ringers stand in a circle, one to a bell, and a practice night moves them round.
class Tower {
  constructor(name, ringers) {
    if (ringers.length < 3) {
      throw new Error(`${name} needs at least three ringers`);
    }
    this.name = name;
    this.ringers = [...ringers];
  }

  get stage() {
    return this.ringers.length;
  }

  ringerFor(bell, shift = 0) {
    const place = rounds(this.stage).indexOf(bell);
    if (place === -1) {
      throw new Error(`${this.name} has no bell ${bell}`);
    }
    }
    const n = this.stage;
    return this.ringers[(place + shift) % n];
  }

  // Who rings each bell after the band has moved round by shift places (back round when shift < 0).
  rota(shift) {
    return [...rounds(this.stage)].map((bell) => `${bell}: ${this.ringerFor(bell, shift)}`);
  }
}

module.exports = { Tower };
