import { parOf, strokesPerHole } from './course.js';

const sum = (values) => values.reduce((a, b) => a + b, 0);

// Stableford: two points for a net par, one more for each stroke better; a hole picked up (null) scores none.
export function pointsPerHole(card, course, handicap) {
  const strokes = strokesPerHole(course, handicap);
  return card.map((gross, i) => {
    if (gross === null) return 0;
    return Math.max(0, 2 + course[i].par + strokes[i] - gross);
  });
}

// Ties on points go to the better back nine, then the last six, the last three and the last hole.
export function countback(card, course, handicap) {
  const points = pointsPerHole(card, course, handicap);
  return [9, 6, 3, 1].map((n) => sum(points.slice(-n)));
}

export function leaderboard(players, course) {
  return players
    .map((p) => ({ name: p.name, points: sum(pointsPerHole(p.card, course, p.handicap)), back: countback(p.card, course, p.handicap) }))
    .sort((a, b) => b.points - a.points || compareCountback(b.back, a.back))
    .map(({ name, points }, i) => `${i + 1}. ${name} ${points}`);
}

function compareCountback(a, b) {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i === -1 ? 0 : a[i] - b[i];
}
