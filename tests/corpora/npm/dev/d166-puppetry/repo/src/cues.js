'use strict';

const { toMs, fmt } = require('./timing');

class CueSheet {
  // A cue with no fade given fades over two seconds.
  static DEFAULT_FADE = toMs('0:02');

  constructor(troupe) {
    this.troupe = troupe;
    this.cues = new Map();
  }

  cue(label, at, who, fade = CueSheet.DEFAULT_FADE) {
    if (this.cues.has(label)) {
      throw new Error(`cue ${label} is already on the sheet`);
    }
    const known = [...this.troupe];
    if (!known.includes(who)) {
      throw new Error(`${who} is not in ${this.troupe.name}`);
    }
    this.cues.set(label, { at: toMs(at), who, fade });
    return this;
  }

  // The cues in show order, each with the time its fade ends.
  running() {
    return [...this.cues]
      .sort(([, a], [, b]) => a.at - b.at)
      .map(([label, cue]) => `${fmt(cue.at)} ${label} (${cue.who}, until ${fmt(cue.at + cue.fade)})`);
  }

  // How many cues each puppeteer takes.
  load() {
    const counts = {};
    for (const [, cue] of Object.entries(this.cues)) {
      counts[cue.who] = (counts[cue.who] ?? 0) + 1;
    }
    return counts;
  }
}

module.exports = { CueSheet };
