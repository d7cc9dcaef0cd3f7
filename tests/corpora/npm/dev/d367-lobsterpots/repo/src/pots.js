const DAY_MS = 24 * 60 * 60 * 1000;

// Hauling a line: each pot's soak is the days since it was set, and it goes back in the water the same day.
export function haulLine(pots, day) {
  for (const pot in pots) {
    pot.soakDays = Math.round((day - pot.setOn) / DAY_MS);
    pot.setOn = day;
  }
  return pots.map((pot) => pot.soakDays);
}
