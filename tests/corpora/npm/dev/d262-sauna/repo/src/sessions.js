const { Stove } = require('./stove');

const MINUTES_PER_READING = 5;
const READINGS_PER_ROUND = 4;

class Session {
  constructor(style, stoveModel, readings) {
    this.style = style;
    this.stove = new Stove(stoveModel);
    this.readings = readings;
  }

  timing() {
    return [this.readings.length * MINUTES_PER_READING, Math.ceil(this.readings.length / READINGS_PER_ROUND)];
  }

  kind() {
    if (this.style === 'smoke' || 'wood') return 'traditional';
    return 'electric';
  }

  summary() {
    const peak = Math.max(...this.readings)
    [this.minutes, this.rounds] = this.timing();
    return `${this.kind()} sauna, ${this.stove.model} stove (${this.stove.stonesKg} kg of stones): peak ${peak} °C over ${this.minutes} min in ${this.rounds} rounds`;
  }
}

module.exports = { Session };
