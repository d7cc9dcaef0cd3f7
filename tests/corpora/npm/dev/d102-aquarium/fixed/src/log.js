// One test session a line: '2026-03-01 NH3=0.5 NO2=1 NO3=10 pH=7.4'.
export function parseEntry(line) {
  const [date, ...pairs] = line.trim().split(/\s+/);
  const values = {};
  for (const pair of pairs) {
    const [name, value] = pair.split('=');
    values[name] = Number(value);
  }
  return { date, values };
}

export const readLog = (text) => text.trim().split('\n').map((line) => parseEntry(line));

const LIMITS = { NH3: 0.25, NO2: 0.5, NO3: 40 };

// The readings of an entry at or above their limit.
export function alerts(entry) {
  return Object.keys(LIMITS).filter((name) => entry.values[name] >= LIMITS[name]);
}

// The date a new tank was cycled: the first of `days` entries in a row with no ammonia or nitrite and some nitrate.
export function cycledOn(entries, days = 3) {
  let run = 0;
  for (let i = 0; i < entries.length; i++) {
    const { NH3, NO2, NO3 } = entries[i].values;
    if (NH3 === 0 && NO2 === 0 && NO3 > 0) {
      run += 1;
      if (run === days) return entries[i - days + 1].date;
    } else {
      run = 0;
    }
  }
  return null;
}
