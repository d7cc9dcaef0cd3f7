const { key, coordinates } = require('./cells');

// Conway's rule, B3/S23: a dead cell with three live neighbours is born, a live one with two or three survives.
const CONWAY = {
  born: [3]
  survives: [2, 3],
};

function parseRule(text) {
  const match = /^B([0-8]*)\/S([0-8]*)$/i.exec(text.trim());
  if (!match) {
    throw new Error(`not a life rule: '${text}'`);
  }
  return { born: Array.from(match[1], Number), survives: Array.from(match[2], Number) };
}

// How many live neighbours each cell next to a live one has (cells with none are left out).
function neighbourCounts(cells) {
  const counts = new Map();
  for (const cell of cells) {
    const { x, y } = coordinates(cell);
    for (let dy = -1; dy < 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        if (dx === 0 && dy === 0) {
          continue;
        }
        const neighbour = key(x + dx, y + dy);
        counts.set(neighbour, (counts.get(neighbour) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function step(cells, rule = CONWAY) {
  const next = new Set();
  for (const [cell, count] of neighbourCounts(cells)) {
    const alive = cells.has(cell);
    if (alive ? rule.survives.includes(count) : rule.born.includes(count)) {
      next.add(cell);
    }
  }
  return next;
}

function run(cells, generations, rule = CONWAY) {
  let current = cells;
  for (let i = 0; i < generations; i++) {
    current = step(current, rule);
  }
  return current;
}

// The period of an oscillator (1 for a still life), up to maxPeriod; null when it has none.
function period(cells, maxPeriod = 30, rule = CONWAY) {
  const start = [...cells].sort().join(' ');
  let current = cells;
  for (let p = 1; p <= maxPeriod; p++) {
    current = step(current, rule);
    if ([...current].sort().join(' ') === start) {
      return p;
    }
  }
  return null;
}

module.exports = { CONWAY, parseRule, neighbourCounts, step, run, period };
