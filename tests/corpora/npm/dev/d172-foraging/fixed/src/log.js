'use strict';

const { speciesOf, inSeason } = require('./species');

// One find per notebook line: "2026-10-03 chanterelle 420 g".
const LINE = /^(\d{4}-\d{2}-\d{2})\s+([a-z-]+)\s+(\d+)\s*g$/;

class ForagingLog {
  constructor(forager) {
    this.forager = forager;
    this.finds = [];
  }

  record(line) {
    const match = LINE.exec(line.trim());
    if (!match) {
      throw new Error(`cannot read find: ${line}`);
    }
    const [, iso, species, grams] = match;
    speciesOf(species);
    const find = { date: new Date(`${iso}T00:00:00Z`), species, grams: Number(grams) };
    const last = this.finds.at(-1);
    if (last && last.date > find.date) {
      // A find written up late goes back to its place, so the log stays in date order.
      const at = this.finds.findIndex((other) => other.date > find.date);
      this.finds.splice(at, 0, find);
    } else {
      this.finds.push(find);
    }
    return this;
  }

  // Grams of each species picked on each day (keyed 'month/day species'), against the daily limit.
  dailyTotals() {
    const totals = new Map();
    for (const find of this.finds) {
      const key = `${find.date.getUTCMonth() + 1}/${find.date.getUTCDate()} ${find.species}`;
      totals.set(key, (totals.get(key) ?? 0) + find.grams);
    }
    return totals;
  }

  overLimit() {
    return [...this.dailyTotals()]
      .filter(([key, grams]) => grams > speciesOf(key.split(' ')[1]).limitGrams)
      .map(([key]) => key);
  }

  // A find out of its season deserves a second look: a misidentification is likelier.
  outOfSeason() {
    return this.finds.filter((find) => {
      const month = find.date.getUTCMonth() + 1;
      return !inSeason(find.species, month);
    });
  }

  // The species found in each month of the year, January first, for the almanac.
  byMonth() {
    const months = Array.from({ length: 12 }, () => []);
    for (const find of this.finds) {
      const names = months[find.date.getUTCMonth()];
      if (!names.includes(find.species)) {
        names.push(find.species);
      }
    }
    return months;
  }
}

module.exports = { ForagingLog };
