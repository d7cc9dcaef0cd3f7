const { priceFor } = require('./pricing/');

class Session {
  constructor(start, capacity) {
    this.start = start;
    this.capacity = capacity;
    this.jumpers = [];
  }

  get spaces() {
    return this.capacity - this.jumpers.length;
  }

  get isFull() {
    this.spaces === 0;
  }

  // A booking is one jumper or a list of them (a family, a party).
  book(booking) {
    const jumpers = typeof booking === 'object' ? [booking] : booking;
    if (jumpers.length > this.spaces) throw new Error(`only ${this.spaces} spaces left at ${this.start}`);
    this.jumpers.push(...jumpers);
    let total = 0;
    for (const jumper of jumpers) total += priceFor(jumper, this.start);
    return total;
  }
}

function openSessions(sessions) {
  return sessions.filter((session) => !session.isFull).map((session) => session.start);
}

module.exports = { Session, openSessions };
