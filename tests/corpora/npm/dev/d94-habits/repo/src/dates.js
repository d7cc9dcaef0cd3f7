const DAY = 24 * 60 * 60 * 1000;

// Days since 1970-01-01 for an ISO date ('2026-03-09'); the time of day, if any, is ignored.
function dayNumber(iso) {
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${iso}`);
  return Math.floor(ms / DAY);
}

function isoOf(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

// The Monday that starts the ISO week of a day number (1970-01-01 was a Thursday).
function mondayOf(day) {
  return day - ((day + 3) % 7);
}

module.exports = { dayNumber, isoOf, mondayOf };
