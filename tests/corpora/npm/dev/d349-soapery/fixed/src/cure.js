const CURE_DAYS = { castile: 180, cold: 42, hot: 14 };

function cureDays(process) {
  const days = CURE_DAYS[process];
  if (days === undefined) throw new Error(`unknown process: ${process}`);
  return days;
}

// Poured on an ISO day, ready on the day the cure ends (counted in UTC, so no clock change moves it).
function readyOn(poured, process) {
  const day = new Date(`${poured}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + cureDays(process));
  return day.toISOString().slice(0, 10);
}

function barsFrom(loafGrams, barGrams) {
  return Math.floor(loafGrams / barGrams);
}

module.exports = { barsFrom, cureDays, readyOn };
