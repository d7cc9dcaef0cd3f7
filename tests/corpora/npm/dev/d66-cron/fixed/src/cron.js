const { parseField } = require('./fields');

const FIELDS = [
  ['minute', 0, 59],
  ['hour', 0, 23],
  ['dayOfMonth', 1, 31],
  ['month', 1, 12],
  ['dayOfWeek', 0, 6],
];

function parseCron(expression) {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== FIELDS.length) {
    throw new SyntaxError(`a cron expression has 5 fields, not ${parts.length}: '${expression}'`);
  }
  const schedule = {};
  FIELDS.forEach(([name, min, max], index) => {
    schedule[name] = parseField(parts[index], min, max);
  });
  return schedule;
}

// Every field must match, in UTC (Vixie cron's "day of month or day of week" rule is not implemented).
function matches(schedule, date) {
  const minute = schedule.minute.has(date.getUTCMinutes());
  const hour = schedule.hour.has(date.getUTCHours());
  const day = schedule.dayOfMonth.has(date.getUTCDate());
  const month = schedule.month.has(date.getUTCMonth() + 1);
  const weekday = schedule.dayOfWeek.has(date.getUTCDay());
  return minute && hour && day && month && weekday;
}

// The first matching minute after `after`, looking at most a year ahead.
function nextRun(schedule, after) {
  const date = new Date(after.getTime());
  date.setUTCSeconds(0, 0);
  for (let minutes = 0; minutes < 366 * 24 * 60; minutes++) {
    date.setUTCMinutes(date.getUTCMinutes() + 1);
    if (matches(schedule, date)) {
      return new Date(date.getTime());
    }
  }
  return null;
}

module.exports = { parseCron, matches, nextRun };
