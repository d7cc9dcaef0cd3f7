const { parseDart } = require('./dart');

// One visit (up to three darts) against the score left. A bust (below zero, one left, or zero without
// a double for the last dart) scores nothing and ends the visit.
function playVisit(left, darts) {
  let now = left;
  for (const [i, text] of darts.entries()) {
    const dart = parseDart(text);
    now -= dart.score;
    if (now < 0 || (now === 0 && !dart.double)) return { left, thrown: i + 1, bust: true, finished: false };
    if (now === 0) return { left: 0, thrown: i + 1, bust: false, finished: true };
  }
  return { left: now, thrown: darts.length, bust: false, finished: false };
}

// A leg from its visits, each written as the scorer calls it: 'T20 T20 19'.
function playLeg(visits, start = 501) {
  let left = start;
  let darts = 0;
  const history = [];
  for (const visit of visits) {
    const result = playVisit(left, visit.split(/\s+/));
    darts += result.thrown;
    history.push({ visit, scored: left - result.left, left: result.left, bust: result.bust });
    left = result.left;
    if (result.finished) break;
  }
  const average = darts === 0 ? 0 : Math.round(((start - left) / darts) * 300) / 100;
  return { left, darts, average, history };
}

// The scorer's board: what each visit scored and what is left.
function scoreboard(leg) {
  return leg.history.map((h) => `${h.scored.padStart(3)} ${String(h.left).padStart(3)}${h.bust ? ' bust' : ''}`);
}

module.exports = { playLeg, playVisit, scoreboard };
