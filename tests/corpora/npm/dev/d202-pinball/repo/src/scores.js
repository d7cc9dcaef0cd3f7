const { scoreBall, isReplay } = require('./table');

// balls: [{ player, hits, multiplier }], in the order they were played.
function playGame(balls) {
  const totals = new Map();
  for (const ball of balls) {
    totals.set(ball.player, (totals.get(ball.player) ?? 0) + scoreBall(ball.hits, ball.multiplier));
  }
  return totals;
}

function highScores(balls, top = 3) {
  const board = [];
  playGame(balls).forEach(([player, score]) => board.push({ player, score }));
  return board.sort((a, b) => b.score - a.score).slice(0, top);
}

function replays(balls, threshold) {
  return highScores(balls, Infinity)
    .filter((entry) => isReplay(entry.score, threshold))
    .map((entry) => entry.player);
}

module.exports = { playGame, highScores, replays };
