const { dayNumber } = require('./date');

// Days in a row with a check-in up to today, or up to yesterday while today is still open.
function currentStreak(checkins, today) {
  const days = new Set(checkins.map(dayNumber));
  let day = dayNumber(today);
  if (!days.has(day)) day -= 1;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day -= 1;
  }
  return streak;
}

function longestStreak(checkins) {
  const days = checkins.map(dayNumber).sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i] === days[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

module.exports = { currentStreak, longestStreak };
