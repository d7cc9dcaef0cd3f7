'use strict';

class Workshop {
  constructor(rates, markup = 0.2) {
    this.rates = rates;
    this.markup = markup;
  }

  priceOf(part) {
    const rate = this.rates[part.kind];
    if (rate === undefined) throw new Error(`no rate for ${part.kind}`);
    return Workshop.wholePounds(rate * part.count * (1 + this.markup));
  }

  // Coachwork is quoted in whole pounds.
  static wholePounds(amount) {
    return Math.round(amount);
  }

  bill(parts) {
    const lines = parts.map((part) => this.priceOf(part));
    let total = 0;
    for (const line of lines) total += line;
    return { lines, total };
  }
}

module.exports = { Workshop };
