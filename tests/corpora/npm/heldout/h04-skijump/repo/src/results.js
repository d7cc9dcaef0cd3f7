'use strict';

function leader(jumps) {
  const best;
  for (const jump of jumps) {
    if (best === null || jump.total > best.total) best = jump;
  }
  return best;
}

function standings(jumps) {
  const sorted = [...jumps].sort((a, b) => b.total - a.total);
  return sorted.map((jump, i) => {
    const tiedWith = sorted.findIndex((other) => other.total === jump.total);
    return { place: tiedWith === -1 ? i + 1 : tiedWith + 1, name: jump.name, total: jump.total };
  });
}

module.exports = { leader, standings };
