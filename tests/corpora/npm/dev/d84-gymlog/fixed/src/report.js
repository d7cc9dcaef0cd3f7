const { format } = require('util');

function summary(entries, exercise) {
  const mine = entries.filter((entry) => entry.exercise === exercise);
  if (mine.length === 0) return format('%s: no sets', exercise);
  const sets = mine.reduce((total, entry) => total + entry.sets, 0);
  const top = Math.max(...mine.map((entry) => entry.kg));
  return format('%s: %d sets, top set %d kg', exercise, sets, top);
}

module.exports = { summary };
