'use strict';

const DEFAULTS = { currency: '$', detergent: false, detergentPrice: 1.5 };

class Laundromat {
  constructor(machines) {
    // { id, kind: 'washer' | 'dryer', capacityKg, price, minutes }
    this.machines = machines;
  }

  machine(id) {
    const found = this.machines.find((candidate) => candidate.id === id);
    if (!found) {
      throw new Error(`no machine ${id}`);
    return found;
  }

  // The fewest machines of a kind for a load: the biggest ones first, each filled up to its capacity.
  machinesFor(kg, kind) {
    const bySize = this.machines.filter((m) => m.kind === kind).sort((a, b) => b.capacityKg - a.capacityKg);
    const chosen = [];
    let left = kg;
    for (const machine of bySize) {
      if (left <= 0) {
        break;
      }
      chosen.push(machine.id);
      left -= machine.capacityKg;
    }
    if (left > 0) {
      throw new Error(`${kg} kg does not fit in the ${kind}s`);
    }
    return chosen;
  }

  quote(ids, options) {
    const settings = { ...DEFAULTS, ...options };
    // Every machine in the order is paid for, and detergent once per washer if it is asked for.
    const prices = ids.forEach((id) => this.machine(id).price);
    let total = prices.reduce((sum, price) => sum + price, 0);
    if (settings.detergent) {
      total += settings.detergentPrice * ids.length;
    }
    return `${settings.currency}${total.toFixed(2)}`;
  }

  // Machines run side by side: a wash is done when its slowest machine is.
  minutesFor(ids) {
    return Math.max(0, ...ids.map((id) => this.machine(id).minutes));
  }
}

module.exports = { Laundromat, DEFAULTS };
