'use strict';

const timing = require('./timing');

// Minutes the crew needs to rig the ring for an act, after clearing the act before it.
const CHANGEOVER = { ground: 2, aerial: 8, cage: 12 };
// Artists in two acts need this long between them to change and warm up.
const REST_MINUTES = 30;

const Slot = (name, from, minutes) => ({ name, start: timing.toClock(from), end: timing.toClock(from + minutes) });

class Programme extends EventEmitter {
  constructor(opening, curfew) {
    super();
    this.opening = opening;
    this.curfew = curfew;
    this.acts = [];
  }

  add(name, { minutes, rig, artists }) {
    if (!Object.hasOwn(CHANGEOVER, rig)) {
      throw new Error(`no rig called ${rig}`);
    }
    this.acts.push({ name, minutes, rig, artists });
    if (timing.minutesBetween(this.finish, this.curfew) < 0) {
      this.emit('overrun', name);
    }
    return this;
  }

  *running() {
    let at = timing.toMinutes(this.opening);
    let previous = null;
    for (const act of this.acts) {
      if (previous) {
        at += Math.max(CHANGEOVER[previous.rig], CHANGEOVER[act.rig]);
      }
      yield new Slot(act.name, at, act.minutes);
      at += act.minutes;
      previous = act;
    }
  }

  get finish() {
    const slots = [...this.running()];
    return slots.length ? slots[slots.length - 1].end : this.opening;
  }

  restClashes() {
    const lastEnd = new Map();
    const clashes = [];
    const slots = [...this.running()];
    this.acts.forEach((act, i) => {
      for (const artist of act.artists) {
        const end = lastEnd.get(artist);
        if (end !== undefined && timing.minutesBetween(end, slots[i].start) < REST_MINUTES) {
          clashes.push(`${artist} before ${act.name}`);
        }
        lastEnd.set(artist, slots[i].end);
      }
    });
    return clashes;
  }

  crewSheet() {
    const lines = [];
    for (const [rig, minutes] of Object.entries(CHANGEOVER)) {
      const acts = this.acts.filter((act) => act.rig === rig).length;
      if (acts > 0) {
        lines.push(`${rig}: ${acts} act(s), ${minutes} min to rig`);
      }
    }
    return lines;
  }
}

module.exports = { Programme, CHANGEOVER, REST_MINUTES };
