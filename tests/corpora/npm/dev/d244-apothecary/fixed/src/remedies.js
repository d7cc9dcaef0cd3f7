'use strict';

// A tincture is measured in drops, anything else in spoonfuls of 5 ml.
const DROPS_PER_ML = 20;

function measure(remedy, ml) {
  if (remedy.form === 'tincture') return `${Math.round(ml * DROPS_PER_ML)} drops`;
  const spoons = Math.round((ml / 5) * 2) / 2;
  return `${spoons} ${spoons === 1 ? 'spoonful' : 'spoonfuls'}`;
}

module.exports = { measure };
