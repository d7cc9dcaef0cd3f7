const DEFAULT_RATING = 1500;

// Elo's expected score of a player rated `rating` against one rated `opponent` (logistic, base 10, scale 400).
function expectedScore(rating, opponent) {
  return 1 / (1 + 10 ** ((opponent - rating) / 400));
}

// The K-factor as FIDE sets it: 40 for a player's first 30 games, 10 once they have reached 2400, else 20.
function kFactor(player) {
  if (player.games < 30) {
    return 40;
  }
  if (player.peak >= 2400) {
    return 10;
  }
  return 20;
}

function roundRating(rating) {
  return Math.round(rating);
}

module.exports = { DEFAULT_RATING, expectedScore, kFactor, roundRating };
