// Whole calendar months from one date to another: a month counts only once its day of the month comes round.
export function monthsBetween(from, to) {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (to.getUTCDate() < from.getUTCDate()) {
    months -= 1;
  }
  return months;
}

export function dueForShearing(lastShorn, today) {
  return monthsBetween(lastShorn, today) >= 12;
}

// A year after the last shearing, as a new date: the herd book keeps the date it was given.
export function nextShearing(lastShorn) {
  const next = lastShorn;
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}
