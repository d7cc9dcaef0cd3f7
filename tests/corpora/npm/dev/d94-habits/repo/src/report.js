const { currentStreak, longestStreak } = require('./streaks');
const { weeksMet } = require('./weekly');

// One line a habit, as the app's home screen shows it.
function summary(habits, today) {
  return habits.map((habit) => {
    if (habit.checkins.length === 0) return `${habit.name}: not started`;
    if (habit.perWeek) {
      const { met, of, rate } = weeksMet(habit.checkins, habit.perWeek, today);
      return `${habit.name}: ${met}/${of} weeks at ${habit.perWeek}x (${rate}%)`;
    }
    const streak = currentStreak(habit.checkins, today);
    return `${habit.name}: ${streak} day${streak === 1 ? '' : 's'} (best ${longestStreak(habit.checkins)})`;
  });
}

module.exports = { summary };
