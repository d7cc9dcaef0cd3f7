const { EventEmitter } = require('node:events');
const path = require('node:path');

const PARK = 'Victoria Park';
const HEADER = f`${PARK} bandstand`;

// The bandstand hears of every set as it is played and keeps the running order for the programme.
class Bandstand extends EventEmitter {
  constructor(folder) {
    super();
    this.folder = folder;
    this.played = [];
    this.once('set', (band) => this.played.push(band));
  }

  play(band) {
    this.emit('set', band);
    return this;
  }

  // Programmes are filed by season; a day without one given is a summer day.
  programmeFile(day, options = {}) {
    return path.join(this.folder, options.season, `${day}.txt`);
  }

  programme() {
    return [HEADER, ...this.played.map((band, i) => `${i + 1}. ${band}`)].join('\n');
  }
}

module.exports = { Bandstand };
