'use strict';

// A bell's five main partials, as ratios of its strike note (the nominal sounds an octave above it).
const PARTIALS = ['hum', 'prime', 'tierce', 'quint', 'nominal'];
const IDEAL = [0.5, 1, 1.2, 1.5, 2];
const RATIO = {};
for (let i = 0; i < PARTIALS.length; i += 1) {
  RATIO[PARTIALS[i]] = IDEAL[i];
}

class Bell {
  constructor(name, strikeHz) {
    this.name = name;
    this.strikeHz = strikeHz;
  }

  target(partial) {
    if (!(partial in RATIO)) throw new Error(`no such partial: ${partial}`);
    return Math.round(this.strikeHz * RATIO[partial] * 10) / 10;
  }

  // Cents between the measured partial and its ideal; a hundred cents make a semitone.
  cents(partial, measuredHz) {
    return Math.round(1200 * Math.log2(measuredHz / this.target(partial)));
  }
}

// The tuner writes a reading as 'partial:hz', the frequency in whole hertz.
function reading(text) {
  const [partial, hz] = text.split(':');
  return { partial, hz: parseInt(hz, 10) };
}

module.exports = { Bell, reading };
