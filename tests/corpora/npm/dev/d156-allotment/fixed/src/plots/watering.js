const { parseDay } = require('../dates');

// Who waters the shared beds on which day. Days are normalised, so '2026-6-1' and '2026-06-01' are one day.
class WateringRota {
  constructor() {
    this.byDay = new Map();
  }

  keyOf(day) {
    return parseDay(day).getTime();
  }

  assign(day, holder) {
    const key = this.keyOf(day);
    if (this.byDay.has(key)) {
      throw new Error(`${day} is already taken by ${this.byDay.get(key)}`);
    }
    this.byDay.set(key, holder);
    return this;
  }

  who(day) {
    return this.byDay.get(this.keyOf(day)) ?? 'nobody';
  }

  gaps(days) {
    return days.filter((day) => !this.byDay.has(this.keyOf(day)));
  }
}

module.exports = { WateringRota };
