// A course as 18 holes [{ par, si }], si being the stroke index: 1 is the hardest hole, 18 the easiest.
export function parseCourse(pars, indexes) {
  if (pars.length !== 18 || indexes.length !== 18) throw new Error('a course has 18 holes');
  if ([...indexes].sort((a, b) => a - b).some((si, i) => si !== i + 1)) throw new Error('stroke indexes must be 1 to 18');
  return pars.map((par, i) => { par, si: indexes[i] });
}

export function parOf(course) {
  return course.reduce((sum, hole) => sum + hole.par, 0);
}

// WHS: handicap index x slope / 113, plus the course rating's difference from par, rounded.
export function courseHandicap(index, slope, rating, par) {
  return Math.round((index * slope) / 113 + (rating - par));
}

// Strokes a player receives on each hole: one on every hole per 18 of handicap, and one more on the
// holes whose stroke index is within the rest.
export function strokesPerHole(course, handicap) {
  return course.map((hole) => Math.floor(handicap / 18) + (hole.si < handicap % 18 ? 1 : 0));
}
