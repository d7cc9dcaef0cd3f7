const { dayNumber, isoOf, mondayOf } = require('./dates');

// For a habit done `target` times a week: each week from the first check-in's to today's, with its count.
function weeks(checkins, target, today) {
  const counts = new Map();
  for (const iso of checkins) {
    const week = mondayOf(dayNumber(iso));
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  const first = Math.min(...counts.keys());
  const out = [];
  for (let week = first; week <= mondayOf(dayNumber(today)); week += 7) {
    const done = counts.get(week) ?? 0;
    out.push({ week: isoOf(week), done, met: done >= target });
  }
  return out;
}

function weeksMet(checkins, target, today) {
  const all = weeks(checkins, target, today);
  const met = all.filter((w) => w.met).length;
  return { met, of: all.length, rate: Math.round((met / all.length) * 100) };
}

module.exports = { weeks, weeksMet };
