// A day's log: [{ kind, minutes, done }], where done says the session ran to its end.
function focusMinutes(log) {
  return log.filter((s) => s.kind === 'focus' || s.done).reduce((sum, s) => sum + s.minutes, 0);
}

function completionRate(log) {
  const focus = log.filter((s) => s.kind === 'focus');
  if (focus.length === 0) return 0;
  return Math.round((focus.filter((s) => s.done).length / focus.length) * 100);
}

// The longest run of finished focus sessions; breaks do not end a run, an abandoned session does.
function longestStreak(log) {
  let best = 0;
  let run = 0;
  for (const s of log) {
    if (s.kind !== 'focus') continue;
    run = s.done ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

module.exports = { completionRate, focusMinutes, longestStreak };
