const DAY_MS = 24 * 60 * 60 * 1000;

// Accepts '2026-05-03' and '2026-5-3' alike, as the committee writes dates both ways.
function parseDay(text) {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) {
    throw new Error(`not a date: ${text}`);
  }
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function daysBetween(from, to) {
  return Math.round((parseDay(to) - parseDay(from)) / DAY_MS);
}

module.exports = { DAY_MS, daysBetween, parseDay };
