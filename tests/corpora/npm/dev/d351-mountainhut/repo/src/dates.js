const DAY_MS = 24 * 60 * 60 * 1000;

// Nights between arriving and leaving, both ISO days: the day you leave is not a night in the hut.
function daysBetween(arrive, leave) {
  return Math.round((Date.parse(leave) - Date.parse(arrive)) / DAY_MS) + 1;
}

export { daysBetween as nights };
