const SLOT_MINUTES = 90;
const DAY_START = 8 * 60;
const DAY_END = 17 * 60;

const clock = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

class Diary {
  #booked = new Map();

  // The first free slot of the day goes to the next caller; a full day is refused.
  book(day, address) {
    let start = DAY_START - SLOT_MINUTES;
    do {
      start += SLOT_MINUTES;
      if (start + SLOT_MINUTES > DAY_END) throw new Error(`no free slot on ${day}`);
    while (this.#booked.has(`${day} ${start}`));
    this.#booked.set(`${day} ${start}`, address);
    return `${day} ${clock(start)}`;
  }

  cancel(day, time) {
    const [hours, minutes] = time.split(':').map(Number);
    return this.#booked.delete(`${day} ${hours * 60 + minutes}`);
  }

  dayList(day) {
    return [...this.#booked]
      .filter(([key]) => key.startsWith(`${day} `))
      .map(([key, address]) => `${clock(Number(key.split(' ')[1]))} ${address}`)
      .sort();
  }
}

module.exports = { Diary, SLOT_MINUTES };
