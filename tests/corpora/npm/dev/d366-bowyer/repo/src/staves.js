'use strict';

// Staves season in the order they were split; the bowyer works down the rack and stops at the first
// one still too wet, since every stave after it was split later and is wetter still.
const MAX_MOISTURE_PCT = 12;

function seasonedStaves(staves) {
  const ready = [];
  staves.forEach((s) => { if (s.moisturePct > MAX_MOISTURE_PCT) break; ready.push(s.id); });
  return ready;
}

// The rack lists bows lightest first for beginners, bows of the same weight by name.
function rackOrder(bows, drawIn, weightAt) {
  return bows
    .map((bow) => ({ name: bow.name, lb: weightAt(bow.markedLb, drawIn) }))
    .sort((a, b) => a.lb.localeCompare(b.lb) || a.name.localeCompare(b.name));
}

module.exports = { MAX_MOISTURE_PCT, seasonedStaves, rackOrder };
