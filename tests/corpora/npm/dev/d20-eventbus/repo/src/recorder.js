import { EventBus } from './bus.js';

/** Keeps the last `limit` events seen on a bus, for debugging and for tests of code that emits. */
export class Recorder {
  constructor({ bus = new EventBus(), pattern = '#', limit = 100 } = {}) {
    this.bus = bus;
    this.limit = limit;
    this.events = [];
    this.stop = bus.on(pattern, (payload, { topic }) => this.#record(topic, payload));
  }

  topics() {
    return this.events.map((event) => event.topic);
  }

  last(topic) {
    for (let i = this.events.length - 1; i >= 0; i--) {
      if (this.events[i].topic === topic) return this.events[i].payload;
    }
    return undefined;
  }

  #record(topic, payload) {
    this.events.push({ topic, payload });
    if (this.events.length > this.limit) {
      this.events.shift();
    }
  }
}
