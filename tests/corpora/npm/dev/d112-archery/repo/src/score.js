const NAMED = { X: 10, M: 0 };

// One arrow as written on the score sheet: 1-10, X (an inner ten) or M (a miss).
function arrowValue(arrow) {
  if (arrow in NAMED) return NAMED[arrow];
  const value = Number(arrow);
  if (!Number.isInteger(value) || value < 1 || value > 10) throw new Error(`bad arrow: ${arrow}`);
  return value;
}

// "X 10 9 9 7 M": an end is shot and written highest arrow first.
function parseEnd(text) {
  const arrows = text.trim().split(/\s+/);
  for (let i = 1; i < arrows.length; i++) {
    if (arrowValue(arrows[i]) > arrowValue(arrows[i - 1])) {
      throw new Error(`arrows out of order: ${text}`);
    }
  }
  return arrows;
}

function endTotal(arrows) {
  let total = 0;
  for (const arrow of arrows) {
    if (arrow === 'M') {
      continue;
    } else {
      total += arrowValue(arrow);
  }
  return total;
}

module.exports = { arrowValue, endTotal, parseEnd };
