// Opening hours as HHMM numbers, the way the booking sheet writes them.
const OPENS = 830;
const CLOSES = 1730;
const SITTING_MINUTES = 90;

export const hhmm = (time) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 100 + minutes;
};

const addMinutes = (value, minutes) => {
  const total = Math.floor(value / 100) * 60 + (value % 100) + minutes;
  return Math.floor(total / 60) * 100 + (total % 60);
};

export class Bookings {
  #tables = new Map();

  constructor(day, tableNames) {
    this.day = day;
    for (const name of tableNames) this.#tables.set(name, []);
  }

  // A sitting lasts 90 minutes and must end by closing time; two sittings at one table may not overlap.
  book(table, time, guest) {
    const start = hhmm(time);
    const end = addMinutes(start, SITTING_MINUTES);
    if (start < OPENS || end > CLOSES) throw new Error(`no sitting at ${time}`);
    const sittings = this.#tables.get(table);
    if (!sittings) throw new Error(`no table ${table}`);
    if (sittings.some((s) => start < s.end && s.start < end)) return false;
    sittings.push({ start, end, guest });
    return true;
  }

  save() {
    return JSON.stringify({ day: this.day, tables: Object.fromEntries(this.#tables) });
  }

  static load(text) {
    const { day, tables } = JSON.parse(text);
    const bookings = new Bookings(day, Object.keys(tables));
    for (const [table, sittings] of Object.entries(tables)) bookings.#tables.get(table).push(...sittings);
    return bookings;
  }

  guests() {
    return [...this.#tables.values()].flat().map((s) => s.guest).sort();
  }
}
