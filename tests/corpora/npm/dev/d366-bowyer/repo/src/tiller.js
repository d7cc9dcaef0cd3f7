'use strict';

const DEFAULTS = Object.freeze({ braceHeightIn: 7, tillerIn: 0.25 });

// The bowyer's options override the shop's defaults; short bows brace half an inch lower, and the string
// is three inches shorter than the bow.
function stringSetup(bowLengthIn, options) {
  const setup = { ...DEFAULTS, ...options };
  if (bowLengthIn < 64) {
    setup.braceHeightIn -= 0.5;
  }
  setup.stringLengthIn = bowLengthIn - 3;
  return setup;
}

module.exports = { DEFAULTS, stringSetup };
