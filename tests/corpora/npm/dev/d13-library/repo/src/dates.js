const DAY = 24 * 60 * 60 * 1000;

function addDays(date, days) {
  return new Date(date.getTime() + days * DAY);
}

function daysBetween(from, to) {
  return Math.floor((to.getTime() - from.getTime()) / DAY);
}

module.exports = { addDays, daysBetween };
