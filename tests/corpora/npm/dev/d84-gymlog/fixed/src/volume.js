const DAY = 86400000;

// ISO 8601 week: weeks start on Monday and belong to the year of their Thursday.
function isoWeek(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date - yearStart) / DAY + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

// Kilograms lifted per week: sets x reps x weight.
function weeklyVolume(entries) {
  const weeks = {};
  for (const entry of entries) {
    const week = isoWeek(entry.date);
    weeks[week] = (weeks[week] || 0) + entry.sets * entry.reps * entry.kg;
  }
  return Object.entries(weeks)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, kg]) => ({ week, kg: Math.round(kg) }));
}

module.exports = { isoWeek, weeklyVolume };
