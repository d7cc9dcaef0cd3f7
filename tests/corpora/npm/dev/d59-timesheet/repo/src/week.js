const { shiftMinutes } = require('./shift');
const { formatMinutes } = require('./clock');

const DAILY_LIMIT = 8 * 60;
const WEEKLY_LIMIT = 40 * 60;

// Overtime is what exceeds the daily limit summed over the days, or the weekly limit, whichever is more.
function weekSummary(shifts, options = {}) {
  const daily = options.dailyLimit ?? DAILY_LIMIT;
  const weekly = options.weeklyLimit ?? WEEKLY_LIMIT;
  const perDay = new Map();
  for (const shift of shifts) {
    perDay.set(shift.date, shiftMinutes(shift));
  }
  let total = 0;
  let dailyOvertime = 0;
  for (const minutes of perDay.values()) {
    total += minutes;
    dailyOvertime += Math.max(0, minutes - daily);
  }
  const overtime = Math.max(dailyOvertime, total - weekly, 0);
  return { days: perDay.size, total, regular: total - overtime, overtime };
}

// Pay in currency units for an hourly rate; overtime minutes at the multiplier.
function pay(summary, hourlyRate, multiplier = 1.5) {
  const cents = ((summary.regular + summary.overtime * multiplier) * hourlyRate * 100) / 60;
  return Math.round(cents) / 100;
}

function report(summary) {
  return `${summary.days} days, ${formatMinutes(summary.total)} worked (${formatMinutes(summary.overtime)} overtime)`;
}

module.exports = { weekSummary, pay, report, DAILY_LIMIT, WEEKLY_LIMIT };
