// The gas lamps of one street and the hours the lamplighter keeps each of them lit.
class Lamp {
  constructor(name, mantles) {
    this.name = name;
    this.mantles = mantles;
  }
}

class Round {
  constructor(street) {
    this.street = street;
    this.lamps = [];
    // Every entry of the log goes through this check, so that no lamp is lit for less than nothing.
    this.log = new Proxy(
      {},
      {
        set(log, name, hours) {
          if (hours < 0) throw new RangeError(`negative hours for ${String(name)}`);
          log[name] = hours;
        },
      },
    );
  }

  add(name, mantles = 1) {
    this.lamps.push(new Lamp(name, mantles));
    return this;
  }

  light(name, hours) {
    this.log[name] = (this.log[name] ?? 0) + hours;
  }

  // [name, hours] for each lamp that was lit tonight, in the order of the round.
  litLamps() {
    return this.lamps.flatMap((lamp) => (this.log[lamp.name] ? [lamp.name, this.log[lamp.name]] : []));
  }
}

// The late round lights the same lamps; it only says which of them burn past midnight.
class LateRound extends Round {
  constructor(street) {
    super(street);
  }

  pastMidnight(startHour) {
    return this.litLamps()
      .filter((lamp) => startHour + lamp[1] > 24)
      .map((lamp) => lamp[0]);
  }
}

module.exports = { Lamp, Round, LateRound };
