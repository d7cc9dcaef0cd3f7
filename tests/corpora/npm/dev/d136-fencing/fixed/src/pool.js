const RULES = require('./rules.json');

// A pool bout is written 'Left-Right 5:3', the left fencer's touches first.
function parseBout(text) {
  const match = /^(\S+)-(\S+) (\d+):(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`bad bout: ${text}`);
  const [, left, right, leftTouches, rightTouches] = match;
  const bout = { left, right, leftTouches: Number(leftTouches), rightTouches: Number(rightTouches) };
  if (Math.max(bout.leftTouches, bout.rightTouches) > RULES.poolTouches) throw new Error(`too many touches: ${text}`);
  return bout;
}

function poolResults(fencers, bouts) {
  const table = new Map(fencers.map((name) => [name, { name, fenced: 0, victories: 0, scored: 0, received: 0 }]));
  for (const { left, right, leftTouches, rightTouches } of bouts) {
    const a = table.get(left);
    const b = table.get(right);
    a.fenced += 1;
    b.fenced += 1;
    a.scored += leftTouches;
    a.received += rightTouches;
    b.scored += rightTouches;
    b.received += leftTouches;
    if (leftTouches > rightTouches) a.victories += 1;
    else b.victories += 1;
  }
  return [...table.values()];
}

module.exports = { parseBout, poolResults };
