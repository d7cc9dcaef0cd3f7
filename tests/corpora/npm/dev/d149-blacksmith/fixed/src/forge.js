const { LABOUR_PENCE_PER_HOUR, MATERIAL_PENCE_PER_KG, HARDENED, HARDENING_PENCE } = require('./rates');

class Forge {
  constructor({ rushMultiplier = 1.5, minimumPence = 2500 } = {}) {
    this.rushMultiplier = rushMultiplier;
    this.minimumPence = minimumPence;
  }

  quote(order) {
    const perKg = MATERIAL_PENCE_PER_KG[order.material];
    if (perKg === undefined) {
      throw new Error(`unknown material: ${order.material}`);
    }
    // Labour is billed in started quarter hours.
    const quarters = Math.ceil(order.minutes / 15);
    let pence = Math.round(order.kg * perKg) + (quarters * LABOUR_PENCE_PER_HOUR) / 4;
    if (HARDENED.test(order.code)) {
      pence += HARDENING_PENCE;
    }
    if (order.rush) {
      pence = Math.round(pence * this.rushMultiplier);
    }
    return Math.max(pence, this.minimumPence);
  }

  quoteAll(orders) {
    return orders.map((order) => this.quote(order));
  }

  invoice(customer, orders) {
    const lines = this.quoteAll(orders);
    const total = lines.reduce((sum, pence) => sum + pence, 0);
    return { customer, lines, total, vat: Math.round(total * 0.2) };
  }
}

module.exports = { Forge };
