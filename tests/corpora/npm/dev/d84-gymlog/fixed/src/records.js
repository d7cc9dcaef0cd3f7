// Epley's estimate of the one-rep max, to 0.1 kg; a single is its own max.
function oneRepMax(kg, reps) {
  if (reps === 1) return kg;
  return Math.round(kg * (1 + reps / 30) * 10) / 10;
}

// The best set of each exercise by estimated one-rep max; the earlier set wins a tie.
function records(entries) {
  const best = new Map();
  for (const entry of entries) {
    const e1rm = oneRepMax(entry.kg, entry.reps);
    const current = best.get(entry.exercise);
    if (!current || e1rm > current.e1rm) {
      best.set(entry.exercise, { exercise: entry.exercise, date: entry.date, kg: entry.kg, reps: entry.reps, e1rm });
    }
  }
  return [...best.values()].sort((a, b) => a.exercise.localeCompare(b.exercise));
}

module.exports = { oneRepMax, records };
