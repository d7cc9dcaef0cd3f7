// Club handicaps: the weaker player receives three quarters of the difference in shots at the start,
// rounded to the nearest shot, halves away from zero as the club's rules say.

function allowance(home, away) {
  const diff = (away.handicap - home.handicap) * 0.75;
  return Math.round(diff);
}

function startingScore(home, away) {
  const shots = allowance(home, away);
  return shots >= 0 ? { home: 0, away: shots } : { home: -shots, away: 0 };
}

module.exports = { allowance, startingScore };
