const { fee, STANDARD } = require('./Tariff');
const { minutesBetween } = require('./time');

class Garage {
  constructor(levels, tariff = STANDARD) {
    this.levels = levels.map(({ name, spaces }) => ({ name, spaces }));
    this.tariff = tariff;
    this.parked = new Map(); // plate -> { level, since }
  }

  occupied(levelName) {
    let count = 0;
    for (const car of this.parked.values()) {
      if (car.level === levelName) {
        count += 1;
      }
    }
    return count;
  }

  hasRoom(level) {
    return this.occupied(level.name) < level.spaces;
  }

  levelsWithRoom() {
    return this.levels.filter(this.hasRoom);
  }

  freeSpaces() {
    return this.levels.reduce((sum, level) => sum + level.spaces - this.occupied(level.name), 0);
  }

  // A car takes the lowest level with room; the ticket says where it is and since when.
  enter(plate, at) {
    if (this.parked.has(plate)) {
      throw new Error(`${plate} is already inside`);
    }
    const [level] = this.levelsWithRoom();
    if (!level) {
      throw new Error('the garage is full');
    }
    this.parked.set(plate, { level: level.name, since: at });
    return { plate, level: level.name, since: at };
  }

  exit(plate, at) {
    const car = this.parked.get(plate);
    if (!car) {
      throw new Error(`${plate} is not inside`);
    }
    const minutes = minutesBetween(car.since, at);
    this.parked.delete(plate);
    return { plate, minutes, fee: fee(minutes, this.tariff) };
  }
}

module.exports = { Garage };
