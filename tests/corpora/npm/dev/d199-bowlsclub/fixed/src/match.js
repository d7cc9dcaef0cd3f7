const { scoreEnd } = require('./ends');
const { startingScore } = require('./handicap');

// The club's draw times, written as the noticeboard shows them (HHMM).
const DRAWS = [930, 1330, 1800];

function playMatch(card) {
  const score = startingScore(card.home, card.away);
  const penalties = Object.values(card.penalties ?? {});
  for (const end of card.ends) {
    const { side, shots } = scoreEnd(end);
    if (side) score[side] += shots;
  }
  for (const penalty of penalties) score[penalty.side] -= penalty.shots;
  const winner = score.home === score.away ? 'draw' : score.home > score.away ? card.home.name : card.away.name;
  return { ...score, winner };
}

function drawFor(time) {
  const draw = DRAWS.find((start) => start >= time);
  if (draw === undefined) throw new Error(`no draw after ${time}`);
  return draw;
}

module.exports = { playMatch, drawFor, DRAWS };
