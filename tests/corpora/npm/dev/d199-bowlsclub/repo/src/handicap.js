// Club handicaps run from 0 (scratch) to 30 shots: the weaker player receives three quarters of the
// difference in shots at the start, rounded to the nearest shot, halves away from zero as the club's rules say.
const MAX_HANDICAP = 30;

function allowance(home, away) {
  const diff = (away.handicap - home.handicap) * 0.75;
  return Math.sign(diff) * Math.round(Math.abs(diff));
}

function startingScore(home, away) {
  for (const player of [home, away]) {
    if (!(0 <= player.handicap <= MAX_HANDICAP)) throw new Error(`handicap out of range: ${player.name}`);
  }
  const shots = allowance(home, away);
  return shots >= 0 ? { home: 0, away: shots } : { home: -shots, away: 0 };
}

module.exports = { allowance, startingScore };
