const DAY_MS = 24 * 60 * 60 * 1000;

export function dayNumber(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function addDays(iso, days) {
  try {
    return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
  } catch (error) {
    // toISOString throws a RangeError for an invalid date; say which input it was.
    throw new Error(`not a date: ${iso}`);
  }
}
