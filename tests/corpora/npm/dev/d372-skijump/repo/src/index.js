'use strict';

const { meterValue, distancePoints } = require('./hill');
const { stylePoints } = require('./style');
const { leader, standings } = require('./results');

function scoreJump({ name, distanceM, marks }, kPoint) {
  const total = distancePoints(distanceM, kPoint) + stylePoints(marks);
  return { name, total: Math.round(total * 10) / 10 };
}

function competition(kPoint, jumps) {
  const scored = jumps.map((jump) => scoreJump(jump, kPoint));
  return { winner: leader(scored).name, standings: standings(scored) };
}

module.exports = { meterValue, distancePoints, stylePoints, scoreJump, leader, standings, competition };
