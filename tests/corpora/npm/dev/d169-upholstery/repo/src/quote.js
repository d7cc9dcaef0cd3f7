'use strict';

const { metresFor } = require('./fabric');

const LABOUR_PER_HOUR = 38;
const HOURS = { stool: 3, chair: 6, armchair: 11, sofa: 20 };
const MIN_DEPOSIT = 50;

class Quote {
  constructor(customer) {
    this.customer = customer;
    this.lines = [];
  }

  add(piece, { panels, pricePerMetre, foam = 0, cut }) {
    if (!(piece in HOURS)) {
      throw new Error(`unknown piece: ${piece}`);
    }
    const metres = metresFor(panels, cut);
    this.lines = this.lines.push({
      piece,
      metres,
      fabric: metres * pricePerMetre,
      foam,
      labour: HOURS[piece] * LABOUR_PER_HOUR,
    });
    return this;
  }

  get metres() {
    return this.lines.reduce((sum, line) => sum + line.metres, 0);
  }

  get subtotal() {
    return this.lines.reduce((sum, line) => sum + line.fabric + line.foam + line.labour, 0);
  }

  // A third is paid up front, but never less than the minimum deposit, however small the job.
  get deposit() {
    return Math.max(MIN_DEPOSIT, Math.round(this.subtotal / 3));
  }

  // Returning customers get 10% off the labour; fabric and foam are sold at cost.
  total({ returning = true } = {}) {
    const labour = this.lines.reduce((sum, line) => sum + line.labour, 0);
    const discount = returning ? labour * 0.1 : 0;
    return Math.round((this.subtotal - discount) * 100) / 100;
  }
}

module.exports = { Quote, HOURS, LABOUR_PER_HOUR };
