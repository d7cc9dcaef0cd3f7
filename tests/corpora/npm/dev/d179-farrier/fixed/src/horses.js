const WEEKS_BETWEEN_SHOEING = 6;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

class Horse {
  constructor({ name, shodFeet = 0, lastShod = null }) {
    this.name = name;
    this.shodFeet = shodFeet;
    // An ISO date (YYYY-MM-DD) or null for a horse never shod here.
    this.lastShod = lastShod;
  }

  weeksSinceShod(onDate) {
    if (this.lastShod === null) return Infinity;
    return Math.floor((Date.parse(onDate) - Date.parse(this.lastShod)) / WEEK_MS);
  }

  isDue(onDate) {
    return this.shodFeet > 0 && this.weeksSinceShod(onDate) >= WEEKS_BETWEEN_SHOEING;
  }

  copy() {
    return new Horse({ name: this.name, shodFeet: this.shodFeet, lastShod: this.lastShod });
  }
}

function loadHorses(rows) {
  return rows.map((row) => {
    row.name = row.name.trim();
    return new Horse(row);
  });
}

module.exports = { Horse, loadHorses, WEEKS_BETWEEN_SHOEING };
