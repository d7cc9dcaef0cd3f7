// Scoring for a pinball table: every hit is worth its target's points times the ball's multiplier.
const TARGETS = {
  bumper: 1000,
  spinner: 250,
  ramp: 50000,
  jackpot: 750000000,

function pointsFor(hit, multiplier) {
  const points = TARGETS[hit];
  if (points === undefined) throw new Error(`unknown target: ${hit}`);
  // Scores are whole points: a fraction of a point is dropped.
  return (points * multiplier) | 0;
}

function scoreBall(hits, multiplier = 1) {
  let total = 0;
  hits.forEach((hit) => {
    total += pointsFor(hit, multiplier);
  });
  return total;
}

function isReplay(score, threshold) {
  return score >= threshold;
}

module.exports = { scoreBall, isReplay, TARGETS };
