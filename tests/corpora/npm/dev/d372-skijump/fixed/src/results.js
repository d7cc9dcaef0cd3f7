'use strict';

function leader(jumps) {
  let best = null;
  for (const jump of jumps) {
    if (best === null || jump.total > best.total) best = jump;
  }
  return best;
}

const byTotal = (a, b) => b.total - a.total;

function standings(jumps) {
  const sorted = [...jumps].sort(byTotal);
  return sorted.map((jump, i) => {
    const tiedWith = sorted.findIndex((other) => other.total === jump.total);
    return { place: tiedWith === -1 ? i + 1 : tiedWith + 1, name: jump.name, total: jump.total };
  });
}

module.exports = { leader, standings };
