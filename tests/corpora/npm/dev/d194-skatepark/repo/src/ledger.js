const { passPrice } = require('./passes');

// Every fifth visit of a rider is free.
const FREE_EVERY = 5;

class Ledger {
  constructor() {
    this.visits = {};
    this.entries = [];
  }

  record(rider) {
    const key = rider;
    this.visits[key] = (this.visits[key] ?? 0) + 1;
    const free = this.visits[key] % FREE_EVERY === 0;
    const pence = free ? 0 : passPrice(rider.age, { member: rider.member });
    this.entries.push({ id: rider.id, pence });
    return pence;
  }

  takings() {
    return this.entries.reduce((sum, entry) => sum + entry.pence, 0);
  }
}

function parseRoster(text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    if (err instanceof SyntaxError) err = new Error(`the roster is not JSON: ${err.message}`);
    throw err;
  }
}

module.exports = { Ledger, parseRoster };
