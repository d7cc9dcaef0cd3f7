const { Horse } = require('./horses');
const { parseJob, priceOf, shodFeetAfter } = require('./jobs');

class Ledger {
  constructor(horses = []) {
    this.horses = new Map(horses.map((horse) => [horse.name.toLowerCase(), horse]));
    this.visits = [];
  }

  horse(name) {
    const key = name.toLowerCase();
    if (!this.horses.has(key)) this.horses.set(key, new Horse({ name }));
    return this.horses.get(key);
  }

  // Books one visit; the horse as it was before the visit tells whether the farrier came on time.
  book(line, date, options = {}) {
    const { kind, name } = parseJob(line);
    const horse = this.horse(name);
    const before = horse.copy();
    horse.shodFeet = shodFeetAfter(kind, horse.shodFeet);
    if (horse.shodFeet > 0) horse.lastShod = date;
    const visit = {
      date,
      kind,
      horse: horse.name,
      overdue: before.isDue(date),
      price: priceOf(kind, options),
    };
    this.visits.push(visit);
    return visit;
  }

  dueOn(date) {
    return [...this.horses.values()].filter((horse) => horse.isDue(date)).map((horse) => horse.name);
  }

  takings(month) {
    return this.visits
      .filter((visit) => visit.date.startsWith(month))
      .reduce((sum, visit) => sum + visit.price, 0);
  }
}

module.exports = { Ledger };
