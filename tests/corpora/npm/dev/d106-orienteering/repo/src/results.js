import { missing } from './course.js';

// A class's results: the runners with every control, fastest first, equal times sharing a place (then by name);
// the mispunched ('mp') after them, without a place.
export function results(course, runners) {
  const rows = runners.map(({ name, card }) => ({ name, time: card.finish - card.start, mp: missing(course, card).length > 0 }));
  rows.sort((a, b) => (a.mp === b.mp ? a.time - b.time || a.name.localeCompare(b.name) : a.mp ? -1 : 1));
  let place = 0;
  return rows.map((row, i) => {
    if (i === 0 || rows[i - 1].time !== row.time) place = i + 1;
    return { place: row.mp ? '' : String(place), name: row.name, time: row.mp ? 'mp' : formatClock(row.time) };
  });
}
