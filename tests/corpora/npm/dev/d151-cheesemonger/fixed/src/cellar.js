import { EventEmitter } from 'node:events';
import { addDays, dayNumber } from './dates.js';
import { ripeningDays } from './styles.js';

// The ripening cellar: wheels go in on the day they are made and are turned every few days until ready.
export class Cellar extends EventEmitter {
  #wheels = [];

  add(wheel) {
    this.#wheels.push({ ...wheel, readyOn: addDays(wheel.made, ripeningDays(wheel.style)) });
    return this;
  }

  *readyOn(day) {
    for (const wheel of this.#wheels) {
      if (dayNumber(wheel.readyOn) <= dayNumber(day)) {
        yield wheel;
      }
    }
  }

  sellable(day) {
    const ready = [...this.readyOn(day)];
    let kg = 0;
    for (const wheel of ready) {
      kg += wheel.kg;
    }
    return { names: Array.from(ready, (wheel) => wheel.name), kg: Math.round(kg * 10) / 10 };
  }

  turn(day, everyDays = 4) {
    for (const wheel of this.#wheels) {
      const age = dayNumber(day) - dayNumber(wheel.made);
      if (age > 0 && age % everyDays === 0 && dayNumber(day) < dayNumber(wheel.readyOn)) {
        this.emit('turned', wheel.name);
      }
    }
  }
}
