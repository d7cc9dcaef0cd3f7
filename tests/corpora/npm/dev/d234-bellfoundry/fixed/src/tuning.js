'use strict';

// Simpson tuning: a bell's five main partials as ratios of its strike note.
const SIMPSON = { name: 'Simpson', ratios: { hum: 0.5, prime: 1, tierce: 1.2, quint: 1.5, nominal: 2 } };
const { name: TUNING, ratios: { hum, nominal } } = SIMPSON;
const RATIO = { ...SIMPSON.ratios };

class Bell {
  constructor(name, strikeHz) {
    this.name = name;
    this.strikeHz = strikeHz;
    // The nominal sounds two octaves above the hum.
    this.span = `${TUNING}: ${nominal / hum} to 1`;
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
