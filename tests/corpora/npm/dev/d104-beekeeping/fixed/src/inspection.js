const { needsTreatment } = require('./varroa');

// A line of the hive notebook: '2026-06-14 hive=3 frames=8 brood=5 capped=3 queen=yes mites=7 season=summer'.
function parseInspection(line) {
  const [date, ...fields] = line.trim().split(/\s+/);
  const entry = { date };
  for (const field of fields) {
    const [name, value] = field.split('=');
    entry[name] = /^\d+$/.test(value) ? Number(value) : value;
  }
  return entry;
}

// What the beekeeper should do after an inspection.
function actions(entry) {
  const todo = [];
  if (entry.queen === 'no' && entry.brood === 0) todo.push('requeen');
  if (needsTreatment(entry.mites, 300, entry.season)) todo.push('treat for varroa');
  if (entry.frames - entry.brood - entry.capped <= 1) todo.push('add a super');
  return todo;
}

module.exports = { actions, parseInspection };
